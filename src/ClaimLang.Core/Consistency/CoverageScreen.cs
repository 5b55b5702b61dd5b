namespace ClaimLang.Consistency;

/// <summary>
/// Tells, without a feasibility test, that a consistent set F of a flow group can take one more
/// claim c with it: most claims of a large group can, and the coverage search would otherwise
/// test each of them against each consistent set it reaches.
/// <para>
/// The test that found F consistent leaves potentials p (distances from a virtual source) with
/// p(v) ≤ p(u) + w for F's edges u → v of weight w. Along any path from v to u in F's graph the
/// weights then add up to at least p(u) − p(v), so a cycle through c's edge u → v weighs at
/// least p(u) − p(v) + w: when that is not negative for each of c's edges, F with c has no
/// negative cycle through c, and every cycle of F alone F's test already ruled out.
/// </para>
/// <para>
/// The potentials are doubles and meet F's edges only up to the search's tolerance, and the
/// bounds as doubles are rounded. Every edge's violation by p is added up (with a factor of two
/// for the rounding of the sum) and a rounding allowance per edge on top, so the margin a claim
/// must clear bounds what any path can lose: rounding can only send a claim to the full test,
/// never pass one that conflicts. The full test decides everything the screen does not pass.
/// </para>
/// </summary>
internal sealed class CoverageScreen
{
    // Twice the unit roundoff of doubles (2⁻⁵²), times a generous count of rounded operations
    // per edge: the allowance for rounding in computing a potential difference plus a bound.
    private const double RoundingPerEdge = 16 * 2.220446049250313e-16;

    private double[] _potential = [];
    private double _margin;
    private bool _usable;

    /// <summary>
    /// Takes the potentials of the test just run on <paramref name="work"/>, which found the set
    /// consistent on the whole group's boundaries; without settled distances in doubles the
    /// screen passes nothing.
    /// </summary>
    public void Take(FlowGroupGraph graph, FeasibilityWorkspace work)
    {
        _usable = false;
        if (!work.DistancesSettled) return;
        int nodes = graph.NodeCount, edges = work.EdgeCount;
        if (_potential.Length < nodes) _potential = new double[Math.Max(nodes, _potential.Length * 2)];
        double[] distance = work.Distance;
        double largestPotential = 0;
        for (int n = 0; n < nodes; n++)
        {
            double value = distance[n];
            if (!double.IsFinite(value)) return;
            _potential[n] = value;
            largestPotential = Math.Max(largestPotential, Math.Abs(value));
        }
        double largestBound = 0;
        for (int claim = 0; claim < graph.Claims.Count; claim++)
        {
            largestBound = MaxFinite(largestBound, graph.High[claim]);
            largestBound = MaxFinite(largestBound, graph.NegatedLow[claim]);
        }
        double violations = 0;
        int[] from = work.EdgeFrom, to = work.EdgeTo;
        double[] bound = work.EdgeBound;
        for (int e = 0; e < edges; e++)
        {
            double violation = _potential[to[e]] - _potential[from[e]] - bound[e];
            if (violation > 0) violations += violation;
        }
        double magnitude = largestPotential + largestBound;
        _margin = 2 * violations + (edges + 8.0) * RoundingPerEdge * magnitude;
        _usable = double.IsFinite(_margin);
    }

    /// <summary>Whether the consistent set last taken surely holds together with <paramref name="claim"/>; false means: test it.</summary>
    public bool Holds(FlowGroupGraph graph, int claim)
    {
        if (!_usable) return false;
        double start = _potential[graph.StartNode[claim]], end = _potential[graph.EndNode[claim]];
        return Clears(start - end, graph.High[claim])       // edge start → end, weight hi
            && Clears(end - start, graph.NegatedLow[claim]); // edge end → start, weight −lo
    }

    // NaN: the claim has no such edge. A bound beyond the range of doubles passes only upward.
    private bool Clears(double difference, double weight) =>
        double.IsNaN(weight) || weight == double.PositiveInfinity || difference + weight >= _margin;

    private static double MaxFinite(double largest, double value) =>
        double.IsFinite(value) ? Math.Max(largest, Math.Abs(value)) : largest;
}
