using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary><c>{ attribute* }</c></summary>
public sealed class AttributeBlockSyntax : SyntaxNode
{
    internal AttributeBlockSyntax(SyntaxTree tree, SyntaxToken openBrace, ImmutableArray<AttributeSyntax> attributes, SyntaxToken closeBrace)
        : base(tree)
    {
        OpenBrace = openBrace;
        Attributes = attributes;
        CloseBrace = closeBrace;
    }

    public override SyntaxKind Kind => SyntaxKind.AttributeBlock;

    public SyntaxToken OpenBrace { get; }

    public ImmutableArray<AttributeSyntax> Attributes { get; }

    public SyntaxToken CloseBrace { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return OpenBrace;
        foreach (var attribute in Attributes) yield return attribute;
        yield return CloseBrace;
    }
}
