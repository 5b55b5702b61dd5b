namespace ClaimLang.Syntax;

/// <summary><c>status retracted</c> or <c>status disputed</c>: the claim stays in the dataset but takes no part in consistency checks.</summary>
public sealed class StatusQualifierSyntax : QualifierSyntax
{
    internal StatusQualifierSyntax(SyntaxTree tree, SyntaxToken keyword, SyntaxToken value) : base(tree)
    {
        Keyword = keyword;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.StatusQualifier;

    public override SyntaxToken Keyword { get; }

    public SyntaxToken Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Value;
    }
}
