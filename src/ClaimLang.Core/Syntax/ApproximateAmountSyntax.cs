namespace ClaimLang.Syntax;

/// <summary><c>~v</c>: approximately v, within the project's approximate tolerance.</summary>
public sealed class ApproximateAmountSyntax : AmountSyntax
{
    private readonly int _tilde;

    internal ApproximateAmountSyntax(SyntaxToken tilde, NumberSyntax value)
    {
        _tilde = tilde.Index;
        Value = value;
        Adopt(Value);
    }

    public override SyntaxKind Kind => SyntaxKind.ApproximateAmount;

    internal override int FirstTokenIndex => _tilde;

    internal override int LastTokenIndex => Value.LastTokenIndex;

    public SyntaxToken Tilde => Token(_tilde);

    public NumberSyntax Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Tilde;
        yield return Value;
    }
}
