namespace ClaimLang.Syntax;

/// <summary><c>&gt;= v</c>, <c>&gt; v</c>, <c>&lt;= v</c> or <c>&lt; v</c></summary>
public sealed class BoundAmountSyntax : AmountSyntax
{
    private readonly int _operatorToken;

    internal BoundAmountSyntax(SyntaxToken operatorToken, NumberSyntax value)
    {
        _operatorToken = operatorToken.Index;
        Value = value;
        Adopt(Value);
    }

    public override SyntaxKind Kind => SyntaxKind.BoundAmount;

    internal override int FirstTokenIndex => _operatorToken;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public SyntaxToken OperatorToken => Token(_operatorToken);

    public NumberSyntax Value { get; }

    public bool IsLowerBound => OperatorToken.Kind is SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return OperatorToken;
        yield return Value;
    }
}
