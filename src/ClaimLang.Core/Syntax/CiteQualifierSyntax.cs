namespace ClaimLang.Syntax;

/// <summary><c>cite "..."</c></summary>
public sealed class CiteQualifierSyntax : QualifierSyntax
{
    internal CiteQualifierSyntax(SyntaxTree tree, SyntaxToken keyword, SyntaxToken text) : base(tree)
    {
        Keyword = keyword;
        Text = text;
    }

    public override SyntaxKind Kind => SyntaxKind.CiteQualifier;

    public override SyntaxToken Keyword { get; }

    /// <summary>The quoted string.</summary>
    public SyntaxToken Text { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Text;
    }
}
