namespace ClaimLang.Syntax;

/// <summary><c>LABEL ':'</c> before a claim: the claim's stable id.</summary>
public sealed class ClaimLabelSyntax : SyntaxNode
{
    internal ClaimLabelSyntax(SyntaxTree tree, SyntaxToken identifier, SyntaxToken colon) : base(tree)
    {
        Identifier = identifier;
        Colon = colon;
    }

    public override SyntaxKind Kind => SyntaxKind.ClaimLabel;

    public SyntaxToken Identifier { get; }

    public SyntaxToken Colon { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Identifier;
        yield return Colon;
    }
}
