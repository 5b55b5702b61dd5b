using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The conflicts of two claims where one period holds the other, for every claim of a flow
/// group at once, in a group whose amounts are never negative (docs/language.md, "Meaning"):
/// the total over a period is at least the total over any period inside it, so a claim whose
/// lower bound exceeds the upper bound of a claim about a period holding its own cannot hold
/// with it (and equal periods hold each other). For each claim it takes the holder of least
/// upper bound and the claim inside of greatest lower bound: two sweeps over the boundaries,
/// each keeping the claims met so far in a Fenwick tree of running minima, O(n log n) for the
/// group. Most claims of a group with many wrong figures conflict with another this way; the
/// search for claims no finding names would otherwise test them one consistent set at a time.
/// </summary>
internal sealed class NestedPairFinder
{
    private int[] _order = [];
    private int[] _firstAt = [];
    private int[] _holder = [];
    private int[] _inner = [];
    private double[] _least = [];
    private int[] _leastClaim = [];
    private bool[] _alone = [];

    /// <summary>
    /// For every claim not yet <paramref name="covered"/> that conflicts with another as a nested
    /// pair, one such pair (earlier claim first) added to <paramref name="conflicts"/>, and both
    /// claims covered.
    /// </summary>
    public void Cover(FlowGroupGraph graph, bool[] covered, List<int[]> conflicts)
    {
        int count = graph.Claims.Count, nodes = graph.NodeCount;
        if (!graph.NonNegative || count < 2) return;
        Reserve(count, nodes);
        for (int claim = 0; claim < count; claim++) _alone[claim] = HoldsAlone(graph, claim);
        // Holders: start ≤ the claim's start and end ≥ its end, by start ascending; the tree is
        // indexed by the end counted from the last boundary; least upper bound.
        Sweep(graph, _holder, fromLast: false, graph.High);
        // Inside: start ≥ the claim's start and end ≤ its end, by start descending; the tree is
        // indexed by the end; least negated lower bound.
        Sweep(graph, _inner, fromLast: true, graph.NegatedLow);
        for (int claim = 0; claim < count; claim++)
        {
            if (covered[claim] || !_alone[claim]) continue;
            int partner = -1;
            int holder = _holder[claim], inner = _inner[claim];
            // Decided from the meanings' doubles where they can decide (most pairs): reading a
            // claim's exact total back costs more than the rest of this search.
            if (holder >= 0 && TotalComparison.LowAboveHigh(graph.Claims[claim], graph.Claims[holder])) partner = holder;
            else if (inner >= 0 && TotalComparison.LowAboveHigh(graph.Claims[inner], graph.Claims[claim])) partner = inner;
            if (partner < 0) continue;
            conflicts.Add(partner < claim ? [partner, claim] : [claim, partner]);
            covered[claim] = covered[partner] = true;
        }
    }

    private void Reserve(int count, int nodes)
    {
        if (_order.Length < count)
        {
            int size = Math.Max(count, _order.Length * 2);
            _order = new int[size];
            _holder = new int[size];
            _inner = new int[size];
            _alone = new bool[size];
        }
        if (_firstAt.Length < nodes + 1)
        {
            int size = Math.Max(nodes + 1, _firstAt.Length * 2);
            _firstAt = new int[size];
            _least = new double[size];
            _leastClaim = new int[size];
        }
    }

    // For each claim, the claim (that can hold alone) of least `value` among those whose period
    // holds its own (fromLast false) or lies inside it (fromLast true); −1 when none has a value.
    private void Sweep(FlowGroupGraph graph, int[] best, bool fromLast, double[] value)
    {
        int count = graph.Claims.Count, nodes = graph.NodeCount, last = nodes - 1;
        // The claims by start (counting sort), visited from the first start or the last.
        Array.Clear(_firstAt, 0, nodes + 1);
        for (int c = 0; c < count; c++) _firstAt[graph.StartNode[c] + 1]++;
        for (int n = 0; n < nodes; n++) _firstAt[n + 1] += _firstAt[n];
        for (int c = 0; c < count; c++) _order[_firstAt[graph.StartNode[c]]++] = c;
        for (int n = nodes; n > 0; n--) _firstAt[n] = _firstAt[n - 1];
        _firstAt[0] = 0;
        Array.Fill(_least, double.PositiveInfinity, 0, nodes + 1);
        Array.Fill(_leastClaim, -1, 0, nodes + 1);
        for (int step = 0; step < nodes; step++)
        {
            int start = fromLast ? last - step : step;
            int from = _firstAt[start], to = _firstAt[start + 1];
            // Every claim of this start goes in before any is asked about: a claim holds itself,
            // and claims of equal periods hold each other.
            for (int k = from; k < to; k++)
            {
                int c = _order[k];
                double v = value[c];
                if (double.IsNaN(v) || !_alone[c]) continue;
                for (int i = Position(graph, c, fromLast) + 1; i <= nodes; i += i & -i)
                {
                    if (v < _least[i] || (v == _least[i] && c < _leastClaim[i]))
                    {
                        _least[i] = v;
                        _leastClaim[i] = c;
                    }
                }
            }
            for (int k = from; k < to; k++)
            {
                int c = _order[k];
                double least = double.PositiveInfinity;
                int found = -1;
                for (int i = Position(graph, c, fromLast) + 1; i > 0; i -= i & -i)
                {
                    if (_leastClaim[i] >= 0 && (_least[i] < least || (_least[i] == least && _leastClaim[i] < found)))
                    {
                        least = _least[i];
                        found = _leastClaim[i];
                    }
                }
                best[c] = found;
            }
        }
    }

    // Where a claim sits in the tree: holders must end at or after it, claims inside at or before.
    private static int Position(FlowGroupGraph graph, int claim, bool fromLast) =>
        fromLast ? graph.EndNode[claim] : graph.NodeCount - 1 - graph.EndNode[claim];

    // A claim alone can hold when its interval is not empty and reaches zero or above.
    private static bool HoldsAlone(FlowGroupGraph graph, int claim)
    {
        ClaimMeaning meaning = graph.Claims[claim];
        return !TotalComparison.HighBelowZero(meaning) && !TotalComparison.LowAboveHigh(meaning, meaning);
    }
}
