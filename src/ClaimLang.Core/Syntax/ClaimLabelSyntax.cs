namespace ClaimLang.Syntax;

/// <summary><c>LABEL ':'</c> before a claim: the claim's stable id.</summary>
internal sealed class ClaimLabelSyntax : SyntaxNode
{
    private readonly int _identifier;
    private readonly int _colon;

    internal ClaimLabelSyntax(SyntaxToken identifier, SyntaxToken colon)
    {
        _identifier = identifier.Index;
        _colon = colon.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.ClaimLabel;

    internal override int FirstTokenIndex => _identifier;

    internal override int LastTokenIndex => _colon;

    public SyntaxToken Identifier => Token(_identifier);

    public SyntaxToken Colon => Token(_colon);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Identifier;
        yield return Colon;
    }
}
