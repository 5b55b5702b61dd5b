using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Decides whether some claims of a flow group can all hold: they can iff their constraint
/// graph has no negative cycle (docs/language.md, "Meaning"); when there is one, the claims on it
/// cannot hold together.
/// <para>
/// Fast path: a queue-based Bellman–Ford (only nodes whose distance changed are looked at
/// again) in double precision, which looks for a cycle in its predecessor graph every n
/// relaxations — a negative cycle usually shows there long before n full rounds would prove
/// it. When every bound is an integer that doubles hold exactly and no sum of them can leave
/// that range, the arithmetic is exact and so is the verdict. Otherwise an improvement must
/// exceed a tolerance (10⁻¹² of the largest bound), so intervals that touch exactly never look
/// like a conflict through rounding; a cycle found is then checked in exact fractions, and
/// "no cycle" is believed only with an exact certificate: potentials summed in fractions along
/// the search's shortest-path tree that every edge respects. (Doubles alone can miss a small
/// cycle next to a huge bound: 7.5e300 + 5.5 is 7.5e300.) When either check fails, or doubles
/// cannot represent the bounds, the exact search decides.
/// </para>
/// <para>
/// The edges are built in a fixed order (claims in the order given, each its upper then its
/// lower bound, then non-negativity from the first boundary on) and the search visits them in
/// that order, so which cycle it reports depends only on the claims asked about.
/// </para>
/// </summary>
internal static class NegativeCycleFinder
{
    /// <summary>Null when the claims can all hold; else the claims (ascending, distinct) of one negative cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[]? Find(FlowGroupGraph graph, ReadOnlySpan<int> claims, FeasibilityWorkspace work)
    {
        int nodes = graph.NodeCount;
        int edges = LoadEdges(graph, claims, work, local: null, nodes);
        return HasNegativeCycle(graph, nodes, edges, work) ? ClaimsOnCycle(work) : null;
    }

    /// <summary>
    /// Whether the claims can all hold: the verdict of <see cref="Find"/>, for callers that need
    /// no cycle. A few claims of a large group are decided on a graph of their own boundaries
    /// only: amounts between two of them that no claim of the set bounds are free, so S never
    /// decreasing across all the boundaries between is the same as S(later) ≥ S(earlier), one
    /// edge of weight 0; every cycle keeps its weight. A test then costs the claims, not the
    /// group (shrinking a conflict found in a group of thousands runs many such tests).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Holds(FlowGroupGraph graph, ReadOnlySpan<int> claims, FeasibilityWorkspace work)
    {
        if (claims.Length * 4 >= graph.NodeCount) return Find(graph, claims, work) is null;
        work.ReserveLocal(graph.NodeCount);
        int[] local = work.LocalNode;
        int[] own = work.OwnNodes(claims.Length * 2);
        int count = 0;
        foreach (int claim in claims)
        {
            own[count++] = graph.StartNode[claim];
            own[count++] = graph.EndNode[claim];
        }
        Array.Sort(own, 0, count);
        int nodes = 0;
        for (int i = 0; i < count; i++)
            if (nodes == 0 || own[i] != own[nodes - 1]) own[nodes++] = own[i];
        for (int n = 0; n < nodes; n++) local[own[n]] = n;
        int edges = LoadEdges(graph, claims, work, local, nodes);
        return !HasNegativeCycle(graph, nodes, edges, work);
    }

    /// <summary>
    /// Whether all the group's claims can hold, shown by a search that starts from potentials an
    /// earlier check left (<paramref name="start"/>, one per boundary): an edit of one claim
    /// leaves them nearly right, and the search then settles after a pass or two instead of
    /// building them up from nothing. True only with the exact certificate (the potentials in
    /// fractions, the roots' exactly as they started); false when the search finds a cycle or
    /// cannot show it holds, and then the caller's own search decides, as without a start.
    /// </summary>
    public static bool HoldsFrom(FlowGroupGraph graph, FeasibilityWorkspace work, double[] start)
    {
        if (graph.Scaled) return false; // the potentials and the exact bounds would not be in one scale
        int nodes = graph.NodeCount, edges = LoadGroup(graph, work);
        if (!FindApproximately(graph, nodes, edges, work, out bool found, out _, start) || found) return false;
        if (!HasExactPotential(graph, nodes, edges, work, start)) return false;
        work.DistancesSettled = true;
        return true;
    }

    // Doubles first; a cycle they find is confirmed in exact fractions, and the exact search
    // decides when that fails or doubles cannot be trusted. The cycle is left in work.Cycle.
    private static bool HasNegativeCycle(FlowGroupGraph graph, int nodes, int edges, FeasibilityWorkspace work)
    {
        work.EdgeCount = edges;
        work.DistancesSettled = false;
        if (FindApproximately(graph, nodes, edges, work, out bool found, out bool exactArithmetic))
        {
            if (!found && (exactArithmetic || HasExactPotential(graph, nodes, edges, work)))
            {
                work.DistancesSettled = true;
                return false;
            }
            if (found && ExactWeight(graph, work).Sign < 0) return true;
        }
        return FindExactly(graph, nodes, edges, work);
    }

    /// <summary>Loads the edges of every claim of the group on its own boundaries, for a search over the whole group; the edge count.</summary>
    internal static int LoadGroup(FlowGroupGraph graph, FeasibilityWorkspace work)
    {
        int edges = LoadEdges(graph, work.AllClaims(graph.Claims.Count), work, local: null, graph.NodeCount);
        work.EdgeCount = edges;
        work.DistancesSettled = false;
        return edges;
    }

    // The claims' edges, then non-negativity between neighbouring nodes; nodes are the group's
    // boundaries, or with `local` the claims' own boundaries, numbered in the same order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int LoadEdges(FlowGroupGraph graph, ReadOnlySpan<int> claims, FeasibilityWorkspace work, int[]? local, int nodes)
    {
        work.Reserve(nodes, claims.Length * 2 + nodes);
        int[] from = work.EdgeFrom, to = work.EdgeTo, claimOf = work.EdgeClaim;
        bool[] isLow = work.EdgeIsLow;
        double[] bound = work.EdgeBound;
        int e = 0;
        foreach (int claim in claims)
        {
            int a = graph.StartNode[claim], b = graph.EndNode[claim];
            if (local is not null) (a, b) = (local[a], local[b]);
            double high = graph.High[claim], negatedLow = graph.NegatedLow[claim];
            if (!double.IsNaN(high)) { from[e] = a; to[e] = b; claimOf[e] = claim; isLow[e] = false; bound[e] = high; e++; }            // S(b) − S(a) ≤ hi
            if (!double.IsNaN(negatedLow)) { from[e] = b; to[e] = a; claimOf[e] = claim; isLow[e] = true; bound[e] = negatedLow; e++; } // S(a) − S(b) ≤ −lo
        }
        if (graph.NonNegative)
        {
            for (int n = 0; n + 1 < nodes; n++) { from[e] = n + 1; to[e] = n; claimOf[e] = -1; isLow[e] = false; bound[e] = 0.0; e++; } // S(n) − S(n+1) ≤ 0
        }
        work.Meter.Steps += e + nodes;
        return e;
    }

    // False when doubles cannot be trusted here (a bound beyond their range); else the verdict,
    // with a cycle's edges in work.Cycle when `found`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FindApproximately(FlowGroupGraph graph, int nodes, int edges, FeasibilityWorkspace work, out bool found, out bool exactArithmetic,
        double[]? start = null)
    {
        found = false;
        if (!Tolerance(graph, edges, work, out double tolerance, out exactArithmetic)) return false;
        double[] bound = work.EdgeBound;

        int[] outStart = work.OutStart, outEdges = work.OutEdges, from = work.EdgeFrom, to = work.EdgeTo;
        work.IndexOutEdges(nodes, edges);

        double[] distance = work.Distance;      // a virtual source at distance 0 from every node (or `start`'s)
        int[] via = work.Via, queue = work.Queue;
        bool[] queued = work.Queued;
        for (int n = 0; n < nodes; n++)
        {
            distance[n] = start?[n] ?? 0;
            via[n] = -1;
            queue[n] = n;
            queued[n] = true;
        }
        int head = 0, waiting = nodes;

        long relaxations = 0;
        long limit = (long)nodes * Math.Max(1, edges) + nodes;
        WorkMeter meter = work.Meter;
        while (waiting > 0)
        {
            int node = queue[head];
            head = head + 1 == nodes ? 0 : head + 1;
            waiting--;
            queued[node] = false;
            meter.Steps += outStart[node + 1] - outStart[node] + 1;
            for (int k = outStart[node], end = outStart[node + 1]; k < end; k++)
            {
                int e = outEdges[k];
                int target = to[e];
                double candidate = distance[node] + bound[e];
                if (candidate >= distance[target] - tolerance) continue;
                distance[target] = candidate;
                via[target] = e;
                if (++relaxations % nodes == 0 && PredecessorCycle(nodes, work))
                {
                    found = true;
                    return true;
                }
                if (relaxations > limit) return false; // should not happen; let the exact search decide
                if (!queued[target])
                {
                    int tail = head + waiting;
                    queue[tail >= nodes ? tail - nodes : tail] = target;
                    waiting++;
                    queued[target] = true;
                }
            }
        }
        return true; // no improvement left beyond the tolerance: no negative cycle
    }

    /// <summary>
    /// How much an improvement must exceed to count in a search in doubles over the loaded
    /// edges: none when every bound is an integer the double holds exactly, small enough that
    /// no path's sum (at most all the bounds) leaves the integers doubles hold exactly (then
    /// every sum and comparison is exact); else 10⁻¹² of the largest bound. False when a bound
    /// lies beyond the range of doubles, where they cannot be trusted at all.
    /// </summary>
    internal static bool Tolerance(FlowGroupGraph graph, int edges, FeasibilityWorkspace work, out double tolerance, out bool exactArithmetic)
    {
        tolerance = 0;
        double[] bound = work.EdgeBound;
        double largest = 0;
        exactArithmetic = true;
        for (int e = 0; e < edges; e++)
        {
            double b = bound[e];
            if (!double.IsFinite(b)) return false;
            largest = Math.Max(largest, Math.Abs(b));
            exactArithmetic = exactArithmetic && b == Math.Floor(b) && IsExact(graph, work, e);
        }
        const double ExactIntegers = 9007199254740992; // 2^53
        exactArithmetic = exactArithmetic && largest * (edges + 1) <= ExactIntegers;
        tolerance = exactArithmetic ? 0 : largest * 1e-12;
        return true;
    }

    // Whether edge e's bound is its claim's total exactly (non-negativity edges are 0 exactly).
    private static bool IsExact(FlowGroupGraph graph, FeasibilityWorkspace work, int e)
    {
        int claim = work.EdgeClaim[e];
        return claim < 0 || (work.EdgeIsLow[e] ? graph.Claims[claim].TotalLowIsExact : graph.Claims[claim].TotalHighIsExact);
    }

    // The certificate of "no negative cycle": potentials P, summed in exact fractions along the
    // shortest-path tree the double search left (each node from the virtual source, 0, through
    // its predecessor edges), with P(from) + w ≥ P(to) for every edge. Such potentials exist
    // iff there is no negative cycle. False when they do not respect every edge (a tie the
    // doubles broke the other way, or a cycle they missed): then the exact search decides.
    private static bool HasExactPotential(FlowGroupGraph graph, int nodes, int edges, FeasibilityWorkspace work, double[]? start = null)
    {
        Rational[] potential = work.Potential;
        int[] via = work.Via, from = work.EdgeFrom, to = work.EdgeTo, stamp = work.Stamp, path = work.Queue;
        Array.Clear(stamp, 0, nodes); // 1: potential known
        for (int n = 0; n < nodes; n++)
        {
            // Down the predecessors to a node whose potential is known (or the source), then back up.
            int node = n, depth = 0;
            while (stamp[node] == 0 && via[node] >= 0)
            {
                if (depth == nodes) return false; // a predecessor cycle: not a tree after all
                path[depth++] = node;
                node = from[via[node]];
            }
            if (stamp[node] == 0)
            {
                // A root: its distance from the virtual source is the one it started with.
                potential[node] = start is null ? Rational.Zero : Rational.ExactlyOf(start[node]);
                stamp[node] = 1;
            }
            Rational known = potential[node];
            while (depth > 0)
            {
                int child = path[--depth];
                known += ExactBound(graph, work, via[child]);
                potential[child] = known;
                stamp[child] = 1;
            }
        }
        work.Meter.Steps += 2L * (nodes + edges) * graph.ExactCost; // a sum of fractions costs a few steps of doubles
        for (int e = 0; e < edges; e++)
            if (potential[from[e]] + ExactBound(graph, work, e) < potential[to[e]]) return false;
        return true;
    }

    // The cycle's weight in exact fractions, to confirm what doubles suggested.
    internal static Rational ExactWeight(FlowGroupGraph graph, FeasibilityWorkspace work)
    {
        work.Meter.Steps += 2L * work.Cycle.Count * graph.ExactCost;
        Rational weight = Rational.Zero;
        foreach (int e in work.Cycle)
        {
            int claim = work.EdgeClaim[e];
            if (claim < 0) continue;
            AmountInterval total = graph.ExactTotal(claim);
            weight = work.EdgeIsLow[e] ? weight - total.Low!.Value : weight + total.High!.Value;
        }
        return weight;
    }

    private static Rational ExactBound(FlowGroupGraph graph, FeasibilityWorkspace work, int edge)
    {
        int claim = work.EdgeClaim[edge];
        if (claim < 0) return Rational.Zero;
        AmountInterval total = graph.ExactTotal(claim);
        return work.EdgeIsLow[edge] ? -total.Low!.Value : total.High!.Value;
    }

    // In exact fractions: first queue-based, as the search in doubles (only boundaries whose
    // distance changed are scanned again, and the predecessor graph is looked at every n
    // improvements), which settles most groups in a few passes where rounds over every edge
    // took as many rounds as the longest path has edges; past n·m improvements, rounds over
    // every edge, whose verdict needs no heuristic.
    private static bool FindExactly(FlowGroupGraph graph, int nodes, int edges, FeasibilityWorkspace work)
    {
        var bound = new Rational[edges];
        for (int e = 0; e < edges; e++) bound[e] = ExactBound(graph, work, e);
        var distance = new Rational[nodes];
        for (int i = 0; i < nodes; i++) distance[i] = Rational.Zero;
        int[] via = work.Via, from = work.EdgeFrom, to = work.EdgeTo;
        Array.Fill(via, -1, 0, nodes);
        if (FindExactlyQueued(graph, nodes, edges, work, bound, distance) is { } verdict) return verdict;
        for (int round = 0; round < nodes; round++)
        {
            work.Meter.Steps += 2L * edges * graph.ExactCost;
            bool changed = false;
            for (int e = 0; e < edges; e++)
            {
                Rational candidate = distance[from[e]] + bound[e];
                if (candidate < distance[to[e]])
                {
                    distance[to[e]] = candidate;
                    via[to[e]] = e;
                    changed = true;
                }
            }
            if (!changed) return false;
        }
        return PredecessorCycle(nodes, work)
            ? true
            : throw new InvalidOperationException("Bellman-Ford kept relaxing but its predecessor graph has no cycle.");
    }

    // Null when it gives up (the rounds then go on from the distances it reached, which are
    // lengths of walks, as any start of Bellman–Ford may be).
    private static bool? FindExactlyQueued(FlowGroupGraph graph, int nodes, int edges, FeasibilityWorkspace work, Rational[] bound, Rational[] distance)
    {
        int[] outStart = work.OutStart, outEdges = work.OutEdges, from = work.EdgeFrom, to = work.EdgeTo, via = work.Via, queue = work.Queue;
        bool[] queued = work.Queued;
        work.IndexOutEdges(nodes, edges);
        for (int n = 0; n < nodes; n++)
        {
            queue[n] = n;
            queued[n] = true;
        }
        int head = 0, waiting = nodes;
        long relaxations = 0, limit = (long)nodes * Math.Max(1, edges);
        while (waiting > 0)
        {
            int node = queue[head];
            head = head + 1 == nodes ? 0 : head + 1;
            waiting--;
            queued[node] = false;
            work.Meter.Steps += 2L * (outStart[node + 1] - outStart[node] + 1) * graph.ExactCost;
            for (int k = outStart[node], end = outStart[node + 1]; k < end; k++)
            {
                int e = outEdges[k], target = to[e];
                Rational candidate = distance[node] + bound[e];
                if (candidate >= distance[target]) continue;
                distance[target] = candidate;
                via[target] = e;
                if (++relaxations % nodes == 0 && PredecessorCycle(nodes, work)) return true;
                if (relaxations > limit) return null;
                if (!queued[target])
                {
                    int tail = head + waiting;
                    queue[tail >= nodes ? tail - nodes : tail] = target;
                    waiting++;
                    queued[target] = true;
                }
            }
        }
        return false;
    }

    // A cycle in the predecessor graph, if there is one (its edges into work.Cycle); every such
    // cycle is negative. Each walk back through predecessors is marked with its own stamp, so
    // the whole check is O(n).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PredecessorCycle(int nodes, FeasibilityWorkspace work)
    {
        int[] stamp = work.Stamp, via = work.Via, from = work.EdgeFrom;
        Array.Clear(stamp, 0, nodes);
        for (int startNode = 0; startNode < nodes; startNode++)
        {
            int node = startNode;
            while (via[node] >= 0 && stamp[node] == 0)
            {
                stamp[node] = startNode + 1;
                node = from[via[node]];
            }
            if (via[node] < 0 || stamp[node] != startNode + 1) continue;
            work.Cycle.Clear();
            int first = node;
            do
            {
                int edge = via[node];
                work.Cycle.Add(edge);
                node = from[edge];
            }
            while (node != first);
            return true;
        }
        return false;
    }

    internal static int[] ClaimsOnCycle(FeasibilityWorkspace work)
    {
        // A cycle the sweep closes may run along thousands of edges: one array, sorted and
        // deduplicated in place, cut to length only when a claim came twice.
        int count = 0;
        foreach (int e in work.Cycle)
            if (work.EdgeClaim[e] >= 0) count++;
        var claims = new int[count];
        count = 0;
        foreach (int e in work.Cycle)
            if (work.EdgeClaim[e] >= 0) claims[count++] = work.EdgeClaim[e];
        Array.Sort(claims);
        int distinct = 0;
        for (int i = 0; i < claims.Length; i++)
            if (distinct == 0 || claims[i] != claims[distinct - 1]) claims[distinct++] = claims[i];
        return distinct == claims.Length ? claims : claims[..distinct];
    }
}
