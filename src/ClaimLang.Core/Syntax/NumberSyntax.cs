namespace ClaimLang.Syntax;

/// <summary>A written number with an optional scale word: <c>36e9</c>, <c>36 billion</c>.</summary>
internal sealed class NumberSyntax : SyntaxNode
{
    private readonly int _numberToken;
    private readonly int _scaleWord;

    internal NumberSyntax(SyntaxToken numberToken, SyntaxToken? scaleWord)
    {
        _numberToken = numberToken.Index;
        _scaleWord = scaleWord?.Index ?? -1;
    }

    public override SyntaxKind Kind => SyntaxKind.Number;

    internal override int FirstTokenIndex => _numberToken;

    internal override int LastTokenIndex => Math.Max(_numberToken, _scaleWord);

    public SyntaxToken NumberToken => Token(_numberToken);

    public SyntaxToken? ScaleWord => OptionalToken(_scaleWord);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return NumberToken;
        if (ScaleWord is { } scale) yield return scale;
    }
}
