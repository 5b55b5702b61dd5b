using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What every feasibility test of one flow group shares, worked out once: the distinct period
/// boundaries (the nodes of the constraint graph), each claim's two nodes, and its total's
/// bounds both exact and as doubles (LANGUAGE.md section 5). A claim over [a, b) with total in
/// [lo, hi] gives S(b) − S(a) ≤ hi and S(a) − S(b) ≤ −lo.
/// </summary>
internal sealed class FlowGroupGraph
{
    public FlowGroupGraph(IReadOnlyList<ClaimMeaning> claims, bool nonNegative)
    {
        Claims = claims;
        NonNegative = nonNegative;
        int count = claims.Count;
        var days = new int[count * 2];
        for (int i = 0; i < count; i++)
        {
            days[2 * i] = claims[i].Period.Start.DayNumber;
            days[2 * i + 1] = claims[i].Period.End.DayNumber + 1;
        }
        Array.Sort(days);
        int distinct = 0;
        for (int i = 0; i < days.Length; i++)
            if (distinct == 0 || days[i] != days[distinct - 1]) days[distinct++] = days[i];
        NodeCount = distinct;

        StartNode = new int[count];
        EndNode = new int[count];
        High = new double[count];
        NegatedLow = new double[count];
        for (int i = 0; i < count; i++)
        {
            ClaimMeaning claim = claims[i];
            StartNode[i] = Array.BinarySearch(days, 0, distinct, claim.Period.Start.DayNumber);
            EndNode[i] = Array.BinarySearch(days, 0, distinct, claim.Period.End.DayNumber + 1);
            // NaN marks an open end. −lo as a double is exactly the negation of lo as a double
            // (both conversions round the magnitude), so −lo need not be built as a fraction.
            High[i] = claim.Total.High is { } high ? high.ToDouble() : double.NaN;
            NegatedLow[i] = claim.Total.Low is { } low ? 0.0 - low.ToDouble() : double.NaN;
        }
    }

    public IReadOnlyList<ClaimMeaning> Claims { get; }

    /// <summary>Whether S never decreases between neighbouring boundaries (amounts are never negative).</summary>
    public bool NonNegative { get; }

    public int NodeCount { get; }

    public int[] StartNode { get; }

    public int[] EndNode { get; }

    public double[] High { get; }

    public double[] NegatedLow { get; }
}
