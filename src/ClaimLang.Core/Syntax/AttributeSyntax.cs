namespace ClaimLang.Syntax;

/// <summary><c>name value</c> inside an attribute block; a numeric value may carry a scale word.</summary>
internal sealed class AttributeSyntax : SyntaxNode
{
    private readonly int _name;
    private readonly int _value;
    private readonly int _scaleWord;

    internal AttributeSyntax(SyntaxToken name, SyntaxToken value, SyntaxToken? scaleWord)
    {
        _name = name.Index;
        _value = value.Index;
        _scaleWord = scaleWord?.Index ?? -1;
    }

    public override SyntaxKind Kind => SyntaxKind.Attribute;

    internal override int FirstTokenIndex => _name;

    internal override int LastTokenIndex => Math.Max(_value, _scaleWord);

    /// <summary>An identifier or a keyword.</summary>
    public SyntaxToken Name => Token(_name);

    /// <summary>A string, number, date, identifier or '%' token.</summary>
    public SyntaxToken Value => Token(_value);

    public SyntaxToken? ScaleWord => OptionalToken(_scaleWord);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Name;
        yield return Value;
        if (ScaleWord is { } scale) yield return scale;
    }
}
