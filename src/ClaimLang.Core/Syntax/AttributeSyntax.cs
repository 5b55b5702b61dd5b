namespace ClaimLang.Syntax;

/// <summary><c>name value</c> inside an attribute block; a numeric value may carry a scale word.</summary>
public sealed class AttributeSyntax : SyntaxNode
{
    internal AttributeSyntax(SyntaxTree tree, SyntaxToken name, SyntaxToken value, SyntaxToken? scaleWord) : base(tree)
    {
        Name = name;
        Value = value;
        ScaleWord = scaleWord;
    }

    public override SyntaxKind Kind => SyntaxKind.Attribute;

    /// <summary>An identifier or a keyword.</summary>
    public SyntaxToken Name { get; }

    /// <summary>A string, number, date, identifier or '%' token.</summary>
    public SyntaxToken Value { get; }

    public SyntaxToken? ScaleWord { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Name;
        yield return Value;
        if (ScaleWord is { } scale) yield return scale;
    }
}
