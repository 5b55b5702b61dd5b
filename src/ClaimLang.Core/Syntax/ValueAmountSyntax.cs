namespace ClaimLang.Syntax;

/// <summary><c>v</c></summary>
internal sealed class ValueAmountSyntax : AmountSyntax
{
    internal ValueAmountSyntax(NumberSyntax value)
    {
        Value = value;
        Adopt(Value);
    }

    public override SyntaxKind Kind => SyntaxKind.ValueAmount;

    internal override int FirstTokenIndex => Value.FirstTokenIndex;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public NumberSyntax Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Value;
    }
}
