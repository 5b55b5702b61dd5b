using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Exact comparisons of claims' totals, answered from the doubles a meaning keeps whenever they
/// decide: two exact doubles compare as their values do, and doubles apart by more than any
/// rounding of a conversion (10⁻¹² of the larger) compare as their values do too. Only the rest
/// (doubles equal or nearly, one of them rounded) read the exact fractions back from the claims.
/// </summary>
internal static class TotalComparison
{
    // A conversion to double errs by a few units in the last place (about 10⁻¹⁶ of the value);
    // doubles further apart than this cannot be rounded from values in the other order.
    private const double Separation = 1e-12;

    /// <summary>Whether the claims' amounts admit a common value (each a level or a rate over the same period).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AmountsIntersect(ClaimMeaning a, ClaimMeaning b)
    {
        // The totals stand for the amounts only when neither is multiplied out.
        if (a.IsRate || b.IsRate) return a.Amount.Intersects(b.Amount);
        return !(Above(a, b, aLow: true, bLow: false) || Above(b, a, aLow: true, bLow: false));
    }

    /// <summary>Whether two claims over the same period, at the same rate unit, state the same total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SameTotal(ClaimMeaning a, ClaimMeaning b) =>
        SameEnd(a.TotalLow, a.TotalLowIsExact, b.TotalLow, b.TotalLowIsExact) is { } low
            ? low && SameHigh(a, b)
            : a.Total.Low == b.Total.Low && SameHigh(a, b);

    private static bool SameHigh(ClaimMeaning a, ClaimMeaning b) =>
        SameEnd(a.TotalHigh, a.TotalHighIsExact, b.TotalHigh, b.TotalHighIsExact) ?? a.Total.High == b.Total.High;

    /// <summary>Whether a's total has a lower end above b's upper end (b may be a): then neither holds with the other, or a not even alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool LowAboveHigh(ClaimMeaning a, ClaimMeaning b) => Above(a, b, aLow: true, bLow: false);

    /// <summary>Whether the claim's total has an upper end below zero.</summary>
    public static bool HighBelowZero(ClaimMeaning claim)
    {
        double high = claim.TotalHigh;
        if (double.IsNaN(high)) return false;
        if (claim.TotalHighIsExact || Apart(high, 0)) return high < 0;
        return claim.Total.High!.Value.Sign < 0;
    }

    // Whether one end of a's total is above one end of b's; false when either is open.
    private static bool Above(ClaimMeaning a, ClaimMeaning b, bool aLow, bool bLow)
    {
        double x = aLow ? a.TotalLow : a.TotalHigh, y = bLow ? b.TotalLow : b.TotalHigh;
        if (double.IsNaN(x) || double.IsNaN(y)) return false;
        bool exact = (aLow ? a.TotalLowIsExact : a.TotalHighIsExact) && (bLow ? b.TotalLowIsExact : b.TotalHighIsExact);
        if (exact || Apart(x, y)) return x > y;
        AmountInterval ta = a.Total, tb = b.Total;
        return (aLow ? ta.Low : ta.High)!.Value > (bLow ? tb.Low : tb.High)!.Value;
    }

    // Equal doubles come from equal values only when both are exact; unequal doubles never do
    // (a value has one nearest double). Null when the doubles cannot tell.
    private static bool? SameEnd(double x, bool xExact, double y, bool yExact)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.IsNaN(x) && double.IsNaN(y);
        if (x != y) return false;
        return xExact && yExact ? true : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Apart(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x - y) > Separation * Math.Max(Math.Abs(x), Math.Abs(y));
}
