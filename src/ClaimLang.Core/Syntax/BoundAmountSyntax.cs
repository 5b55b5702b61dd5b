namespace ClaimLang.Syntax;

/// <summary><c>&gt;= v</c>, <c>&gt; v</c>, <c>&lt;= v</c> or <c>&lt; v</c></summary>
public sealed class BoundAmountSyntax : AmountSyntax
{
    internal BoundAmountSyntax(SyntaxTree tree, SyntaxToken operatorToken, NumberSyntax value) : base(tree)
    {
        OperatorToken = operatorToken;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.BoundAmount;

    public SyntaxToken OperatorToken { get; }

    public NumberSyntax Value { get; }

    public bool IsLowerBound => OperatorToken.Kind is SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return OperatorToken;
        yield return Value;
    }
}
