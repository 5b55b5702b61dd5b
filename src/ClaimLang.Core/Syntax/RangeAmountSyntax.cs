namespace ClaimLang.Syntax;

/// <summary><c>a..b</c>, inclusive; a scale word after the upper end also applies to a lower end without one.</summary>
public sealed class RangeAmountSyntax : AmountSyntax
{
    private readonly int _dotDot;

    internal RangeAmountSyntax(NumberSyntax low, SyntaxToken dotDot, NumberSyntax high)
    {
        Low = low;
        _dotDot = dotDot.Index;
        High = high;
        Adopt(Low);
        Adopt(High);
    }

    public override SyntaxKind Kind => SyntaxKind.RangeAmount;

    internal override int FirstTokenIndex => Low.FirstTokenIndex;

    internal override int LastTokenIndex => High.LastTokenIndex;

    public NumberSyntax Low { get; }

    public SyntaxToken DotDot => Token(_dotDot);

    public NumberSyntax High { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Low;
        yield return DotDot;
        yield return High;
    }
}
