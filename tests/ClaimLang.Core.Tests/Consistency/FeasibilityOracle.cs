using ClaimLang.Binding.Meaning;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// An independent check of whether flow claims can all hold: the same model (prefix sums at
/// period boundaries, totals as bounds on differences, non-negative amounts), decided by
/// Floyd–Warshall instead of Bellman–Ford, written separately from the compiler's engine.
/// </summary>
internal static class FeasibilityOracle
{
    public static bool Feasible(IReadOnlyList<ClaimMeaning> claims)
    {
        var points = claims.SelectMany(c => new[] { c.Period.Start.DayNumber, c.Period.End.DayNumber + 1 }).Distinct().Order().ToList();
        int n = points.Count;
        var d = new Rational?[n, n];
        for (int i = 0; i < n; i++) d[i, i] = Rational.Zero;
        void Edge(int from, int to, Rational w) { if (d[from, to] is not { } old || w < old) d[from, to] = w; }
        foreach (ClaimMeaning c in claims)
        {
            int a = points.IndexOf(c.Period.Start.DayNumber), b = points.IndexOf(c.Period.End.DayNumber + 1);
            if (c.Total.High is { } hi) Edge(a, b, hi);
            if (c.Total.Low is { } lo) Edge(b, a, -lo);
        }
        for (int i = 0; i + 1 < n; i++) Edge(i + 1, i, Rational.Zero);
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i, k] is { } ik && d[k, j] is { } kj && (d[i, j] is not { } ij || ik + kj < ij)) d[i, j] = ik + kj;
        for (int i = 0; i < n; i++)
            if (d[i, i] is { } self && self < Rational.Zero) return false;
        return true;
    }

    /// <summary>Every minimal infeasible subset, by brute force over all subsets (small groups only).</summary>
    public static List<int[]> MinimalConflicts(IReadOnlyList<ClaimMeaning> claims)
    {
        var infeasible = new List<int>();
        for (int mask = 1; mask < 1 << claims.Count; mask++)
            if (!Feasible(Subset(claims, mask))) infeasible.Add(mask);
        return infeasible.Where(m => !infeasible.Any(o => o != m && (o & m) == o))
            .Select(m => Enumerable.Range(0, claims.Count).Where(i => (m & (1 << i)) != 0).ToArray()).ToList();
    }

    private static List<ClaimMeaning> Subset(IReadOnlyList<ClaimMeaning> claims, int mask) =>
        [.. Enumerable.Range(0, claims.Count).Where(i => (mask & (1 << i)) != 0).Select(i => claims[i])];
}
