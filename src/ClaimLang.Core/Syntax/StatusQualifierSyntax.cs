namespace ClaimLang.Syntax;

/// <summary><c>status retracted</c> or <c>status disputed</c>: the claim stays in the dataset but takes no part in consistency checks.</summary>
internal sealed class StatusQualifierSyntax : QualifierSyntax
{
    private readonly int _keyword;
    private readonly int _value;

    internal StatusQualifierSyntax(SyntaxToken keyword, SyntaxToken value)
    {
        _keyword = keyword.Index;
        _value = value.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.StatusQualifier;

    internal override int FirstTokenIndex => _keyword;

    internal override int LastTokenIndex => _value;

    public override SyntaxToken Keyword => Token(_keyword);

    public SyntaxToken Value => Token(_value);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Value;
    }
}
