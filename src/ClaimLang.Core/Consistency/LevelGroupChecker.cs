using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Levels are not additive (docs/language.md, "Meaning"): two claims conflict when they are about the
/// same period and their intervals do not meet. Each claim is paired with the first claim of
/// its period (in group order) whose interval misses its own; each pair is reported once.
/// An instance keeps its buffers from one group to the next.
/// </summary>
internal sealed class LevelGroupChecker
{
    // Up to this many claims about one period, each is compared with every other; beyond it the
    // partner is found by sorting the period's intervals, so a large group stays near-linear.
    private const int DirectScanLimit = 16;

    // Up to this many claims a group finds each claim's period by comparing it with the claims
    // before it; beyond it through a table.
    private const int PairwisePeriodLimit = 64;

    // Kept from one group to the next: a check runs thousands of level groups.
    private int[] _leader = [];
    private int[] _partnerOf = [];
    private int[] _next = [];
    private int[] _last = [];
    private readonly List<int> _members = [];
    private readonly Dictionary<(int, int), int> _firstOfPeriod = [];

    /// <summary>The conflicting pairs (indices into the group, lower first): periods in order of first appearance, claims in group order.</summary>
    public static List<int[]> FindConflicts(IReadOnlyList<ClaimMeaning> claims) => new LevelGroupChecker().Conflicts(claims);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int[]> Conflicts(IReadOnlyList<ClaimMeaning> claims)
    {
        int count = claims.Count;
        if (_leader.Length < count)
        {
            _leader = new int[Math.Max(count, _leader.Length * 2)];
            _partnerOf = new int[_leader.Length];
            _next = new int[_leader.Length];
            _last = new int[_leader.Length];
        }
        FindLeaders(claims, _leader);
        // Link each period's claims in group order (_next of the last is −1), so gathering a
        // period's claims costs their number, not the group's.
        for (int i = 0; i < count; i++)
        {
            _next[i] = -1;
            int leader = _leader[i];
            if (leader != i) _next[_last[leader]] = i;
            _last[leader] = i;
        }

        var conflicts = new List<int[]>();
        for (int leader = 0; leader < count; leader++)
        {
            if (_leader[leader] != leader) continue;
            _members.Clear();
            for (int k = leader; k >= 0; k = _next[k]) _members.Add(k);
            if (_members.Count < 2) continue;
            int[] partners = _members.Count <= DirectScanLimit ? ScanPartners(claims, _members) : SortedPartners(claims, _members);
            for (int k = 0; k < _members.Count; k++) _partnerOf[_members[k]] = partners[k];
            // Members come in ascending order, so the pair {i, p} was added already exactly
            // when p came first and was paired with i.
            foreach (int i in _members)
            {
                int p = _partnerOf[i];
                if (p < 0 || p < i && _partnerOf[p] == i) continue;
                conflicts.Add([Math.Min(i, p), Math.Max(i, p)]);
            }
        }
        return conflicts;
    }

    // For each claim, the first claim of the group about the same period (itself when it is the first).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindLeaders(IReadOnlyList<ClaimMeaning> claims, int[] leader)
    {
        if (claims.Count <= PairwisePeriodLimit)
        {
            for (int i = 0; i < claims.Count; i++)
            {
                ClaimMeaning claim = claims[i];
                leader[i] = i;
                for (int j = 0; j < i; j++)
                {
                    ClaimMeaning other = claims[j];
                    if (other.StartDay != claim.StartDay || other.EndDay != claim.EndDay) continue;
                    leader[i] = leader[j];
                    break;
                }
            }
            return;
        }
        _firstOfPeriod.Clear();
        for (int i = 0; i < claims.Count; i++)
        {
            ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstOfPeriod, (claims[i].StartDay, claims[i].EndDay), out bool exists);
            if (!exists) first = i;
            leader[i] = first;
        }
        _firstOfPeriod.Clear();
        _firstOfPeriod.TrimExcess();
    }

    // For each member, the first other member whose interval misses its own, or −1.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ScanPartners(IReadOnlyList<ClaimMeaning> claims, List<int> members)
    {
        var partners = new int[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            int i = members[k];
            partners[k] = -1;
            foreach (int j in members)
            {
                if (j == i || TotalComparison.AmountsIntersect(claims[i], claims[j])) continue;
                partners[k] = j;
                break;
            }
        }
        return partners;
    }

    // The same answer without comparing every pair: j misses i when j's low is above i's high
    // (a suffix of the members sorted by low) or j's high is below i's low (a prefix of them
    // sorted by high); the first such j is the smallest index in that suffix or prefix. An
    // interval's low is at most its high (an empty range has no meaning), so i is never in its
    // own suffix or prefix, and the smallest index of each is all that is kept.
    // The amounts are read exactly, once each: a meaning keeps only doubles.
    private static int[] SortedPartners(IReadOnlyList<ClaimMeaning> claims, List<int> members)
    {
        var amounts = new AmountInterval[members.Count];
        for (int k = 0; k < members.Count; k++) amounts[k] = claims[members[k]].Amount;
        int[] byLow = [.. Enumerable.Range(0, members.Count).Where(k => amounts[k].Low is not null)];
        int[] byHigh = [.. Enumerable.Range(0, members.Count).Where(k => amounts[k].High is not null)];
        Rational[] lows = [.. byLow.Select(k => amounts[k].Low!.Value)];
        Rational[] highs = [.. byHigh.Select(k => amounts[k].High!.Value)];
        Array.Sort(lows, byLow);
        Array.Sort(highs, byHigh);
        int[] lowSmallest = SmallestMember(byLow, members, fromEnd: true);
        int[] highSmallest = SmallestMember(byHigh, members, fromEnd: false);

        var partners = new int[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            int partner = int.MaxValue;
            if (amounts[k].High is { } high)
            {
                int start = FirstAbove(lows, high); // lows[start..] > high
                if (start < lows.Length) partner = Math.Min(partner, lowSmallest[start]);
            }
            if (amounts[k].Low is { } low)
            {
                int end = FirstAtLeast(highs, low); // highs[..end] < low
                if (end > 0) partner = Math.Min(partner, highSmallest[end - 1]);
            }
            partners[k] = partner == int.MaxValue ? -1 : partner;
        }
        return partners;
    }

    // The smallest claim index among the members at positions `sorted[k..]` (fromEnd) or `sorted[..(k + 1)]`, for every k.
    private static int[] SmallestMember(int[] sorted, List<int> members, bool fromEnd)
    {
        var smallest = new int[sorted.Length];
        int least = int.MaxValue;
        for (int step = 0; step < sorted.Length; step++)
        {
            int k = fromEnd ? sorted.Length - 1 - step : step;
            least = Math.Min(least, members[sorted[k]]);
            smallest[k] = least;
        }
        return smallest;
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
