namespace ClaimLang.Syntax;

/// <summary>A written number with an optional scale word: <c>36e9</c>, <c>36 billion</c>.</summary>
public sealed class NumberSyntax : SyntaxNode
{
    internal NumberSyntax(SyntaxTree tree, SyntaxToken numberToken, SyntaxToken? scaleWord) : base(tree)
    {
        NumberToken = numberToken;
        ScaleWord = scaleWord;
    }

    public override SyntaxKind Kind => SyntaxKind.Number;

    public SyntaxToken NumberToken { get; }

    public SyntaxToken? ScaleWord { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return NumberToken;
        if (ScaleWord is { } scale) yield return scale;
    }
}
