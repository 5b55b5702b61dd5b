using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>~v</c>: approximately v, within the project's approximate tolerance.</summary>
internal sealed class ApproximateAmountSyntax : AmountSyntax
{
    // '~' comes right before the number in the token table, so it needs no index of its own.
    internal ApproximateAmountSyntax(SyntaxToken tilde, NumberSyntax value)
    {
        Debug.Assert(value.FirstTokenIndex == tilde.Index + 1);
        Value = value;
        Adopt(Value);
    }

    public override SyntaxKind Kind => SyntaxKind.ApproximateAmount;

    internal override int FirstTokenIndex => Value.FirstTokenIndex - 1;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public SyntaxToken Tilde => Token(FirstTokenIndex);

    public NumberSyntax Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Tilde;
        yield return Value;
    }
}
