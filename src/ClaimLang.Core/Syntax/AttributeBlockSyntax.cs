using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary><c>{ attribute* }</c></summary>
internal sealed class AttributeBlockSyntax : SyntaxNode
{
    private readonly int _openBrace;
    private readonly int _closeBrace;

    internal AttributeBlockSyntax(SyntaxToken openBrace, ImmutableArray<AttributeSyntax> attributes, SyntaxToken closeBrace)
    {
        _openBrace = openBrace.Index;
        Attributes = attributes;
        _closeBrace = closeBrace.Index;
        Adopt(Attributes);
    }

    public override SyntaxKind Kind => SyntaxKind.AttributeBlock;

    internal override int FirstTokenIndex => _openBrace;

    internal override int LastTokenIndex => _closeBrace;

    public SyntaxToken OpenBrace => Token(_openBrace);

    public ImmutableArray<AttributeSyntax> Attributes { get; }

    public SyntaxToken CloseBrace => Token(_closeBrace);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return OpenBrace;
        foreach (var attribute in Attributes) yield return attribute;
        yield return CloseBrace;
    }
}
