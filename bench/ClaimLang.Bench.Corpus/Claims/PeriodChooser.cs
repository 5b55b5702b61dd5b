using ClaimLang.Bench.Corpus.Randomness;
using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// Periods as articles give them: mostly recent years, year ranges of up to seven years, single
/// months and runs of months; all from 2005 on and ending no later than a given month.
/// </summary>
internal sealed class PeriodChooser(SeededRandom random)
{
    public const int FirstYear = 2005;

    public ClaimPeriod ForFlow(int latestMonth)
    {
        int lastYear = LastWholeYear(latestMonth);
        double kind = random.NextDouble();
        if (kind < 0.4) return SingleYear(lastYear);
        if (kind < 0.7 && lastYear > FirstYear)
        {
            int end = random.Between(Math.Max(FirstYear + 1, lastYear - 6), lastYear);
            return ClaimPeriod.Years(Math.Max(FirstYear, end - random.Between(1, 6)), end);
        }
        if (kind < 0.85) return SingleMonth(latestMonth);
        int endMonth = random.Between(Math.Max(FirstYear * 12 + 1, latestMonth - 30), latestMonth);
        return ClaimPeriod.Months(Math.Max(FirstYear * 12, endMonth - random.Between(1, 8)), endMonth);
    }

    /// <summary>A year (or a month in it) of the few years a level series is talked about, or the latest one before the article.</summary>
    public ClaimPeriod ForLevel(LevelSeries series, int latestMonth)
    {
        int year = Math.Min(random.Between(series.FirstYear, series.FirstYear + 5), LastWholeYear(latestMonth));
        if (random.Chance(0.7)) return ClaimPeriod.Years(year, year);
        int month = Math.Min(year * 12 + random.Below(12), latestMonth);
        return ClaimPeriod.Months(month, month);
    }

    private ClaimPeriod SingleYear(int lastYear)
    {
        int year = random.Between(Math.Max(FirstYear, lastYear - 8), lastYear);
        return ClaimPeriod.Years(year, year);
    }

    private ClaimPeriod SingleMonth(int latestMonth)
    {
        int month = random.Between(Math.Max(FirstYear * 12, latestMonth - 30), latestMonth);
        return ClaimPeriod.Months(month, month);
    }

    // The last calendar year that ends by the end of latestMonth.
    private static int LastWholeYear(int latestMonth) => (latestMonth + 1) / 12 - 1;
}
