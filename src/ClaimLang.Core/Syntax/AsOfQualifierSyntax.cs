namespace ClaimLang.Syntax;

/// <summary><c>as of DATE</c>: when the statement was made.</summary>
public sealed class AsOfQualifierSyntax : QualifierSyntax
{
    internal AsOfQualifierSyntax(SyntaxTree tree, SyntaxToken asKeyword, SyntaxToken ofKeyword, SyntaxToken date) : base(tree)
    {
        AsKeyword = asKeyword;
        OfKeyword = ofKeyword;
        Date = date;
    }

    public override SyntaxKind Kind => SyntaxKind.AsOfQualifier;

    public override SyntaxToken Keyword => AsKeyword;

    public SyntaxToken AsKeyword { get; }

    public SyntaxToken OfKeyword { get; }

    public SyntaxToken Date { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return AsKeyword;
        yield return OfKeyword;
        yield return Date;
    }
}
