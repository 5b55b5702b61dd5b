namespace ClaimLang.Syntax;

/// <summary><c>as of DATE</c>: when the statement was made.</summary>
public sealed class AsOfQualifierSyntax : QualifierSyntax
{
    private readonly int _asKeyword;
    private readonly int _ofKeyword;
    private readonly int _date;

    internal AsOfQualifierSyntax(SyntaxToken asKeyword, SyntaxToken ofKeyword, SyntaxToken date)
    {
        _asKeyword = asKeyword.Index;
        _ofKeyword = ofKeyword.Index;
        _date = date.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.AsOfQualifier;

    internal override int FirstTokenIndex => _asKeyword;

    internal override int LastTokenIndex => _date;

    public override SyntaxToken Keyword => AsKeyword;

    public SyntaxToken AsKeyword => Token(_asKeyword);

    public SyntaxToken OfKeyword => Token(_ofKeyword);

    public SyntaxToken Date => Token(_date);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return AsKeyword;
        yield return OfKeyword;
        yield return Date;
    }
}
