using System.Globalization;
using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// One article an analyst reads: its source, the month it appeared (<see cref="Month"/>, counted
/// as in <see cref="ClaimPeriod"/>; <see cref="Day"/> 0 when only the month is noted), where
/// it can be found, and how many claims it gives. Its claims are about periods that ended
/// before it appeared, so none states the future as fact (CL3002).
/// </summary>
public sealed record Article(int Number, Source Source, int Month, int Day, string? Cite, int Claims)
{
    public string Date() => Day == 0 ? ClaimPeriod.MonthText(Month)
        : string.Create(CultureInfo.InvariantCulture, $"{ClaimPeriod.MonthText(Month)}-{Day:00}");

    /// <summary>The last month a claim of this article may be about.</summary>
    public int LatestMonth => Month - 1;
}
