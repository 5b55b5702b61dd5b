namespace ClaimLang.Syntax;

/// <summary><c>quoting SPEAKER</c></summary>
internal sealed class QuotingClauseSyntax : SyntaxNode
{
    private readonly int _quotingKeyword;
    private readonly int _speaker;

    internal QuotingClauseSyntax(SyntaxToken quotingKeyword, SyntaxToken speaker)
    {
        _quotingKeyword = quotingKeyword.Index;
        _speaker = speaker.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.QuotingClause;

    internal override int FirstTokenIndex => _quotingKeyword;

    internal override int LastTokenIndex => _speaker;

    public SyntaxToken QuotingKeyword => Token(_quotingKeyword);

    public SyntaxToken Speaker => Token(_speaker);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return QuotingKeyword;
        yield return Speaker;
    }
}
