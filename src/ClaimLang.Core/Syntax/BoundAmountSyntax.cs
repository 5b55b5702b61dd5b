using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>&gt;= v</c>, <c>&gt; v</c>, <c>&lt;= v</c> or <c>&lt; v</c></summary>
internal sealed class BoundAmountSyntax : AmountSyntax
{
    // The operator comes right before the number in the token table, so it needs no index of its own.
    internal BoundAmountSyntax(SyntaxToken operatorToken, NumberSyntax value)
    {
        Debug.Assert(value.FirstTokenIndex == operatorToken.Index + 1);
        Value = value;
        Adopt(Value);
    }

    public override SyntaxKind Kind => SyntaxKind.BoundAmount;

    internal override int FirstTokenIndex => Value.FirstTokenIndex - 1;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public SyntaxToken OperatorToken => Token(FirstTokenIndex);

    public NumberSyntax Value { get; }

    public bool IsLowerBound => OperatorToken.Kind is SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return OperatorToken;
        yield return Value;
    }
}
