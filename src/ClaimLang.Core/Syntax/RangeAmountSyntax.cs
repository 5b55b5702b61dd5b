using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>a..b</c>, inclusive; a scale word after the upper end also applies to a lower end without one.</summary>
internal sealed class RangeAmountSyntax : AmountSyntax
{
    // '..' sits between the two numbers in the token table, so it needs no index of its own.
    internal RangeAmountSyntax(NumberSyntax low, SyntaxToken dotDot, NumberSyntax high)
    {
        Debug.Assert(dotDot.Index == low.LastTokenIndex + 1 && high.FirstTokenIndex == dotDot.Index + 1);
        Low = low;
        High = high;
        Adopt(Low);
        Adopt(High);
    }

    public override SyntaxKind Kind => SyntaxKind.RangeAmount;

    internal override int FirstTokenIndex => Low.FirstTokenIndex;

    internal override int LastTokenIndex => High.LastTokenIndex;

    public NumberSyntax Low { get; }

    public SyntaxToken DotDot => Token(Low.LastTokenIndex + 1);

    public NumberSyntax High { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Low;
        yield return DotDot;
        yield return High;
    }
}
