using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The arrays a feasibility test works in, kept from one test to the next (a group's subset
/// searches run hundreds of tests, and a check runs thousands of groups), grown as needed.
/// Edges are the difference constraints of one test: S(To) − S(From) ≤ Bound, from a claim
/// (its lower or upper bound) or, with claim −1, from non-negativity.
/// The arrays are fields, not properties: a check reads them on first use, before the runtime
/// would have inlined a getter, and each getter was then one more method to compile.
/// </summary>
internal sealed class FeasibilityWorkspace
{
    public int[] EdgeFrom = [];
    public int[] EdgeTo = [];
    public int[] EdgeClaim = [];
    public bool[] EdgeIsLow = [];
    public double[] EdgeBound = [];

    /// <summary>Outgoing edges per node, in edge order: those of node n are OutEdges[OutStart[n]..OutStart[n + 1]).</summary>
    public int[] OutStart = [];
    public int[] OutEdges = [];

    public double[] Distance = [];
    public int[] Via = [];
    public bool[] Queued = [];
    public int[] Queue = [];
    public int[] Stamp = [];

    /// <summary>Counts the steps of every test run here (shared with other workspaces of the same check).</summary>
    public WorkMeter Meter = new();

    /// <summary>How many edges the last test loaded.</summary>
    public int EdgeCount;

    /// <summary>
    /// Whether the last test found no cycle in doubles, leaving in <see cref="Distance"/> the
    /// distances from a virtual source: potentials that meet every loaded edge up to the
    /// search's tolerance (what <see cref="CoverageScreen"/> builds on).
    /// </summary>
    public bool DistancesSettled;

    /// <summary>The edges of the last negative cycle found.</summary>
    public readonly List<int> Cycle = [];

    /// <summary>A list of claims being tested, for callers that build one.</summary>
    public int[] Claims = [];

    /// <summary>Fills <see cref="OutStart"/> and <see cref="OutEdges"/> for the loaded edges (a counting sort by source, keeping edge order).</summary>
    public void IndexOutEdges(int nodes, int edges)
    {
        Array.Clear(OutStart, 0, nodes + 1);
        for (int e = 0; e < edges; e++) OutStart[EdgeFrom[e] + 1]++;
        for (int n = 0; n < nodes; n++) OutStart[n + 1] += OutStart[n];
        for (int e = 0; e < edges; e++) OutEdges[OutStart[EdgeFrom[e]]++] = e;
        for (int n = nodes; n > 0; n--) OutStart[n] = OutStart[n - 1];
        OutStart[0] = 0;
    }

    public void Reserve(int nodes, int edges)
    {
        if (EdgeFrom.Length < edges)
        {
            int size = Math.Max(edges, EdgeFrom.Length * 2);
            EdgeFrom = new int[size];
            EdgeTo = new int[size];
            EdgeClaim = new int[size];
            EdgeIsLow = new bool[size];
            EdgeBound = new double[size];
            OutEdges = new int[size];
        }
        if (Distance.Length < nodes)
        {
            int size = Math.Max(nodes, Distance.Length * 2);
            OutStart = new int[size + 1];
            Distance = new double[size];
            Via = new int[size];
            Queued = new bool[size];
            Queue = new int[size];
            Stamp = new int[size];
            Potential = new Rational[size];
        }
    }

    /// <summary>Exact potentials of the nodes, for the certificate that a group holds (only those of the current test are meaningful).</summary>
    public Rational[] Potential = [];

    /// <summary>A group boundary's number in a test on the claims' own boundaries (<see cref="NegativeCycleFinder.Holds"/>); only the entries of those boundaries are meaningful.</summary>
    public int[] LocalNode = [];

    private int[] _ownNodes = [];

    /// <summary>Room for a test's own boundaries, and <see cref="LocalNode"/> sized for the group's.</summary>
    public int[] OwnNodes(int count)
    {
        if (_ownNodes.Length < count) _ownNodes = new int[Math.Max(count, _ownNodes.Length * 2)];
        return _ownNodes;
    }

    /// <summary>Sizes <see cref="LocalNode"/> for a group of this many boundaries.</summary>
    public void ReserveLocal(int groupNodes)
    {
        if (LocalNode.Length < groupNodes) LocalNode = new int[Math.Max(groupNodes, LocalNode.Length * 2)];
    }

    /// <summary>Every claim of a group of <paramref name="count"/>, in order: 0, 1, …, count − 1 (in <see cref="ClaimBuffer"/>).</summary>
    public ReadOnlySpan<int> AllClaims(int count)
    {
        int[] all = ClaimBuffer(count);
        for (int i = 0; i < count; i++) all[i] = i;
        return all.AsSpan(0, count);
    }

    public int[] ClaimBuffer(int claims)
    {
        if (Claims.Length < claims) Claims = new int[Math.Max(claims, Claims.Length * 2)];
        return Claims;
    }
}
