using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What every feasibility test of one flow group shares, worked out once: the distinct period
/// boundaries (the nodes of the constraint graph), each claim's two nodes, and its total's
/// bounds both exact and as doubles (LANGUAGE.md section 5). A claim over [a, b) with total in
/// [lo, hi] gives S(b) − S(a) ≤ hi and S(a) − S(b) ≤ −lo. One instance serves group after
/// group (<see cref="Load"/>); its arrays only grow.
/// </summary>
internal sealed class FlowGroupGraph
{
    private int[] _days = [];

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
            ClaimPeriod period = claims[i].Period;
            days[2 * i] = period.Start.DayNumber;
            days[2 * i + 1] = period.End.DayNumber + 1;
        }
        Array.Sort(days, 0, count * 2);
        int distinct = 0;
        for (int i = 0; i < count * 2; i++)
            if (distinct == 0 || days[i] != days[distinct - 1]) days[distinct++] = days[i];
        NodeCount = distinct;

        for (int i = 0; i < count; i++)
        {
            ClaimMeaning claim = claims[i];
            StartNode[i] = Array.BinarySearch(days, 0, distinct, claim.Period.Start.DayNumber);
            EndNode[i] = Array.BinarySearch(days, 0, distinct, claim.Period.End.DayNumber + 1);
            // NaN marks an open end. −lo as a double is exactly the negation of lo as a double
            // (both conversions round the magnitude), so −lo need not be built as a fraction.
            AmountInterval total = claim.Total;
            High[i] = total.High is { } high ? high.ToDouble() : double.NaN;
            NegatedLow[i] = total.Low is { } low ? 0.0 - low.ToDouble() : double.NaN;
        }
    }
}
