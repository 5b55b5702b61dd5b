using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Levels are not additive (LANGUAGE.md section 5): two claims conflict when they are about the
/// same period and their intervals do not meet. Each claim is paired with the first claim of
/// its period (in group order) whose interval misses its own; each pair is reported once.
/// </summary>
internal static class LevelGroupChecker
{
    // Up to this many claims about one period, each is compared with every other; beyond it the
    // partner is found by sorting the period's intervals, so a large group stays near-linear.
    private const int DirectScanLimit = 16;

    public static List<int[]> FindConflicts(IReadOnlyList<ClaimMeaning> claims)
    {
        // Claims by period, periods in order of first appearance, claims in group order.
        var periods = new Dictionary<(DateOnly, DateOnly), List<int>>();
        var order = new List<List<int>>();
        for (int i = 0; i < claims.Count; i++)
        {
            var period = (claims[i].Period.Start, claims[i].Period.End);
            if (!periods.TryGetValue(period, out List<int>? members))
            {
                members = [];
                periods.Add(period, members);
                order.Add(members);
            }
            members.Add(i);
        }

        var conflicts = new List<int[]>();
        var seen = new HashSet<(int, int)>();
        foreach (List<int> members in order)
        {
            if (members.Count < 2) continue;
            int[] partners = members.Count <= DirectScanLimit ? ScanPartners(claims, members) : SortedPartners(claims, members);
            for (int k = 0; k < members.Count; k++)
            {
                int i = members[k], p = partners[k];
                if (p >= 0 && seen.Add((Math.Min(i, p), Math.Max(i, p)))) conflicts.Add([Math.Min(i, p), Math.Max(i, p)]);
            }
        }
        return conflicts;
    }

    // For each member, the first other member whose interval misses its own, or −1.
    private static int[] ScanPartners(IReadOnlyList<ClaimMeaning> claims, List<int> members)
    {
        var partners = new int[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            int i = members[k];
            partners[k] = -1;
            foreach (int j in members)
            {
                if (j == i || claims[i].Amount.Intersects(claims[j].Amount)) continue;
                partners[k] = j;
                break;
            }
        }
        return partners;
    }

    // The same answer without comparing every pair: j misses i when j's low is above i's high
    // (a suffix of the members sorted by low) or j's high is below i's low (a prefix of them
    // sorted by high); the first such j is the smallest index in that suffix or prefix other
    // than i, so the two smallest indices of every suffix and prefix are kept.
    private static int[] SortedPartners(IReadOnlyList<ClaimMeaning> claims, List<int> members)
    {
        int[] byLow = [.. members.Where(i => claims[i].Amount.Low is not null)];
        int[] byHigh = [.. members.Where(i => claims[i].Amount.High is not null)];
        Rational[] lows = [.. byLow.Select(i => claims[i].Amount.Low!.Value)];
        Rational[] highs = [.. byHigh.Select(i => claims[i].Amount.High!.Value)];
        Array.Sort(lows, byLow);
        Array.Sort(highs, byHigh);
        var (lowFirst, lowSecond) = SmallestTwo(byLow, fromEnd: true);
        var (highFirst, highSecond) = SmallestTwo(byHigh, fromEnd: false);

        var partners = new int[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            int i = members[k];
            int partner = int.MaxValue;
            if (claims[i].Amount.High is { } high)
            {
                int start = FirstAbove(lows, high); // lows[start..] > high
                if (start < lows.Length) partner = Math.Min(partner, Other(lowFirst[start], lowSecond[start], i));
            }
            if (claims[i].Amount.Low is { } low)
            {
                int end = FirstAtLeast(highs, low); // highs[..end] < low
                if (end > 0) partner = Math.Min(partner, Other(highFirst[end - 1], highSecond[end - 1], i));
            }
            partners[k] = partner == int.MaxValue ? -1 : partner;
        }
        return partners;
    }

    private static int Other(int first, int second, int self) => first != self ? first : second < 0 ? int.MaxValue : second;

    // The two smallest values of every suffix (fromEnd) or prefix of `indices`; −1 when there is no second.
    private static (int[] First, int[] Second) SmallestTwo(int[] indices, bool fromEnd)
    {
        var first = new int[indices.Length];
        var second = new int[indices.Length];
        int a = int.MaxValue, b = int.MaxValue;
        for (int step = 0; step < indices.Length; step++)
        {
            int k = fromEnd ? indices.Length - 1 - step : step;
            int value = indices[k];
            if (value < a) (a, b) = (value, a);
            else if (value < b) b = value;
            first[k] = a;
            second[k] = b == int.MaxValue ? -1 : b;
        }
        return (first, second);
    }

    private static int FirstAbove(Rational[] sorted, Rational value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static int FirstAtLeast(Rational[] sorted, Rational value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
