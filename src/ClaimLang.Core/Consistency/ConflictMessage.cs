using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The arithmetic of a conflict, in words. For two claims it says which bound the other
/// breaks and how their periods relate ("…, but BBC_Persian says at most 36.5e9 USD over
/// 2011..2016, which contains that period"); for more, it lists what each says.
/// </summary>
internal static class ConflictMessage
{
    /// <param name="othersSay">What each of <paramref name="others"/> says (<see cref="ClaimWording.Says"/>), worked out once for the related locations too.</param>
    public static string For(ClaimMeaning primary, IReadOnlyList<ClaimMeaning> others, IReadOnlyList<string> othersSay)
    {
        if (others.Count == 1) return ForPair(primary, others[0], othersSay[0]);
        string rest = string.Join("; ", othersSay);
        return $"{ClaimWording.Describe(primary)} cannot hold together with what the others say: {rest}" +
               " (amounts are never negative, so a total over a period is at least the totals over the periods within it)";
    }

    private static string ForPair(ClaimMeaning a, ClaimMeaning b, string bSays)
    {
        string unit = b.Unit;
        ClaimPeriod bPeriod = b.Period;
        string relation = Relation(a.Period, bPeriod);
        // A total is read from the claim's tokens on each ask: once each here.
        AmountInterval aTotal = a.Total, bTotal = b.Total;
        if (aTotal.Low is { } low && bTotal.High is { } high && low > high)
            return $"{ClaimWording.Describe(a)}, but {b.Attribution} says at most {high} {unit} over {bPeriod.Text}{relation}";
        if (bTotal.Low is { } bLow && aTotal.High is { } aHigh && bLow > aHigh)
            return $"{ClaimWording.Describe(a)}, but {b.Attribution} says at least {bLow} {unit} over {bPeriod.Text}{relation}";
        return $"{ClaimWording.Describe(a)}, but {bSays}: amounts are never negative, so the two cannot both hold";
    }

    private static string Relation(ClaimPeriod a, ClaimPeriod b) =>
        a.Start == b.Start && a.End == b.End ? ""
        : b.Start <= a.Start && a.End <= b.End ? ", which contains that period"
        : a.Start <= b.Start && b.End <= a.End ? ", which lies within that period"
        : ", which overlaps that period";
}
