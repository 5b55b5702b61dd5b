using System.Numerics;
using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What every feasibility test of one flow group shares, worked out once: the distinct period
/// boundaries (the nodes of the constraint graph), each claim's two nodes, and its total's
/// bounds as doubles (exact ones on demand) (docs/language.md, "Meaning"). A claim over [a, b) with total in
/// [lo, hi] gives S(b) − S(a) ≤ hi and S(a) − S(b) ≤ −lo. One instance serves group after
/// group (<see cref="Load"/>); its arrays only grow.
/// </summary>
internal sealed class FlowGroupGraph
{
    private int[] _days = [];

    // The exact totals of the group's claims, read back from the claims on first use: only a
    // cycle the doubles found, or the exact search, needs them.
    private AmountInterval?[] _exactTotals = [];

    public IReadOnlyList<ClaimMeaning> Claims { get; private set; } = [];

    /// <summary>Whether S never decreases between neighbouring boundaries (amounts are never negative).</summary>
    public bool NonNegative { get; private set; }

    public int NodeCount { get; private set; }

    public int[] StartNode { get; private set; } = [];

    public int[] EndNode { get; private set; } = [];

    public double[] High { get; private set; } = [];

    public double[] NegatedLow { get; private set; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Load(IReadOnlyList<ClaimMeaning> claims, bool nonNegative)
    {
        Claims = claims;
        NonNegative = nonNegative;
        int count = claims.Count;
        if (StartNode.Length < count)
        {
            int size = Math.Max(count, StartNode.Length * 2);
            StartNode = new int[size];
            EndNode = new int[size];
            High = new double[size];
            NegatedLow = new double[size];
            _days = new int[size * 2];
        }
        int[] days = _days;
        for (int i = 0; i < count; i++)
        {
            ClaimMeaning claim = claims[i];
            days[2 * i] = claim.StartDay;
            days[2 * i + 1] = claim.EndDay + 1;
        }
        SortSmall(days, count * 2);
        int distinct = 0;
        for (int i = 0; i < count * 2; i++)
            if (distinct == 0 || days[i] != days[distinct - 1]) days[distinct++] = days[i];
        NodeCount = distinct;

        bool overflow = false;
        double largest = 0;
        for (int i = 0; i < count; i++)
        {
            ClaimMeaning claim = claims[i];
            StartNode[i] = IndexOf(days, distinct, claim.StartDay);
            EndNode[i] = IndexOf(days, distinct, claim.EndDay + 1);
            // NaN marks an open end, in the meaning as here. −lo as a double is exactly the
            // negation of lo as a double (both conversions round the magnitude).
            High[i] = claim.TotalHigh;
            NegatedLow[i] = 0.0 - claim.TotalLow;
            overflow |= double.IsInfinity(High[i]) || double.IsInfinity(NegatedLow[i]);
            largest = MaxMagnitude(MaxMagnitude(largest, High[i]), NegatedLow[i]);
        }
        // Fractions of about 2^k cost about k/128 steps of doubles each; beyond doubles, more.
        ExactCost = overflow ? 8 : 1 + Math.Max(0, Math.ILogB(largest)) / 128;
        if (_exactTotals.Length < count) _exactTotals = new AmountInterval?[Math.Max(count, _exactTotals.Length * 2)];
        Array.Clear(_exactTotals, 0, count);
        Scaled = overflow;
        if (overflow) ScaleDown(count);
    }

    // 2⁻⁶⁴: every bound of a group with a total beyond the range of doubles (a rate near the
    // largest number over a long period) is taken at this scale in doubles. A written number is
    // at most about 1.8e308 and a period at most a few million days, so the largest total then
    // fits with room to spare, and amounts down to 1e-280 stay normal numbers. Scaling by a power
    // of two rounds no differently, so the searches in doubles see the same group, and every
    // verdict is decided in exact fractions of the totals as written. Without it, such a group
    // was decided by the search in exact fractions alone: minutes for 20,000 claims.
    private static readonly Rational Scale = new(BigInteger.One, BigInteger.One << 64);

    private void ScaleDown(int count)
    {
        for (int i = 0; i < count; i++)
        {
            AmountInterval total = ExactTotal(i);
            High[i] = total.High is { } high ? (high * Scale).ToDouble() : double.NaN;
            NegatedLow[i] = total.Low is { } low ? 0.0 - (low * Scale).ToDouble() : double.NaN;
        }
    }

    /// <summary>The distinct boundaries as day numbers, ascending: node n is the start of day <c>Days[n]</c>.</summary>
    public ReadOnlySpan<int> Days => _days.AsSpan(0, NodeCount);

    /// <summary>Whether the bounds as doubles are scaled down (totals beyond the range of doubles).</summary>
    public bool Scaled { get; private set; }

    /// <summary>What one operation on the group's exact totals costs, in steps of a search in doubles (<see cref="WorkMeter"/>).</summary>
    public int ExactCost { get; private set; } = 1;

    private static double MaxMagnitude(double largest, double value) =>
        double.IsNaN(value) ? largest : Math.Max(largest, Math.Abs(value));

    /// <summary>The claim's total in exact fractions.</summary>
    public AmountInterval ExactTotal(int claim) => _exactTotals[claim] ??= Claims[claim].Total;

    // Most groups have a few dozen boundaries: an insertion sort beats the general sort there.
    private static void SortSmall(int[] values, int length)
    {
        if (length > 64)
        {
            Array.Sort(values, 0, length);
            return;
        }
        for (int i = 1; i < length; i++)
        {
            int value = values[i], j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    // The position of a boundary known to be among the sorted distinct ones.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(int[] sorted, int length, int value)
    {
        int lo = 0, hi = length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
