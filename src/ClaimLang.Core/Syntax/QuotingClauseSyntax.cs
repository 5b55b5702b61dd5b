namespace ClaimLang.Syntax;

/// <summary><c>quoting SPEAKER</c></summary>
public sealed class QuotingClauseSyntax : SyntaxNode
{
    internal QuotingClauseSyntax(SyntaxTree tree, SyntaxToken quotingKeyword, SyntaxToken speaker) : base(tree)
    {
        QuotingKeyword = quotingKeyword;
        Speaker = speaker;
    }

    public override SyntaxKind Kind => SyntaxKind.QuotingClause;

    public SyntaxToken QuotingKeyword { get; }

    public SyntaxToken Speaker { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return QuotingKeyword;
        yield return Speaker;
    }
}
