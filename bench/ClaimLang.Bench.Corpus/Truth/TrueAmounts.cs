using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>
/// What "really" happened, against which claims are written: a flow's amount in each year
/// (spread evenly over its months) and a level's value in each period. A claim written to
/// agree states an interval holding the true value, so such claims always hold together: the
/// true amounts are a solution of every group. The values are fixed by the seed, the series
/// and the period alone, not by the order claims are drawn in.
/// </summary>
public sealed class TrueAmounts(long seed)
{
    // Levels draw from another stream than flows, so that a level and a flow of one index differ.
    private readonly long _levelSeed = ~seed;

    /// <summary>A flow's amount in one calendar year: between half and one and a half times its base.</summary>
    public double Year(FlowSeries series, int year) => series.YearlyBase * (0.5 + StableHash.Unit(seed, series.Index, year));

    /// <summary>A flow's total over a period: each year's amount over twelve, for each month of the period in that year.</summary>
    public double Total(FlowSeries series, ClaimPeriod period)
    {
        double total = 0;
        for (int year = ClaimPeriod.Year(period.FirstMonth); year <= ClaimPeriod.Year(period.LastMonth); year++)
        {
            int months = Math.Min(period.LastMonth, year * 12 + 11) - Math.Max(period.FirstMonth, year * 12) + 1;
            total += Year(series, year) * months / 12;
        }
        return total;
    }

    /// <summary>A level's value over a period: within 15 % of its base either way (inside the metric's bounds).</summary>
    public double Level(LevelSeries series, ClaimPeriod period) =>
        series.Base * (0.85 + 0.3 * StableHash.Unit(_levelSeed, series.Index, period.FirstMonth * 4096 + period.MonthCount));
}
