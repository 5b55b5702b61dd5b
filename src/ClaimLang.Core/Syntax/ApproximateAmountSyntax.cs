namespace ClaimLang.Syntax;

/// <summary><c>~v</c>: approximately v, within the project's approximate tolerance.</summary>
public sealed class ApproximateAmountSyntax : AmountSyntax
{
    internal ApproximateAmountSyntax(SyntaxTree tree, SyntaxToken tilde, NumberSyntax value) : base(tree)
    {
        Tilde = tilde;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ApproximateAmount;

    public SyntaxToken Tilde { get; }

    public NumberSyntax Value { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Tilde;
        yield return Value;
    }
}
