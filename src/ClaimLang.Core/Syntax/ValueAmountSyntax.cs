namespace ClaimLang.Syntax;

/// <summary><c>v</c></summary>
public sealed class ValueAmountSyntax : AmountSyntax
{
    internal ValueAmountSyntax(SyntaxTree tree, NumberSyntax value) : base(tree) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.ValueAmount;

    internal override int FirstTokenIndex => Value.FirstTokenIndex;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public NumberSyntax Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Value;
    }
}
