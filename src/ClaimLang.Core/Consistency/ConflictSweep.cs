using System.Runtime.CompilerServices;

namespace ClaimLang.Consistency;

/// <summary>
/// One search over a whole flow group that sets claims aside as it meets their conflicts,
/// instead of one search per conflict (quadratic in a group where most claims conflict).
/// <para>
/// It is a queue-based Bellman–Ford from a virtual source that keeps its shortest-path tree
/// (Tarjan's subtree disassembly): when a boundary's distance improves, the boundaries below
/// it in the tree leave the tree, since their distances are now known to be too high, and are
/// not scanned until an improvement reaches them again. An edge u → v that would improve v
/// while u lies below v closes a negative cycle, found the moment it closes and not after it
/// has run the distances down for a while. The caller names a claim of the cycle (confirmed in
/// exact fractions) to set aside; that claim's edges leave play, the boundaries that hung from
/// them are rooted at the source with the distances they have (lengths of walks once in play,
/// which any potentials may start from), and the search goes on. When the queue is empty and
/// every boundary is in the tree, the distances meet every edge in play: the claims left can
/// hold (within the search's tolerance; the caller confirms that exactly).
/// </para>
/// </summary>
internal sealed class ConflictSweep
{
    private int[] _next = [];
    private int[] _previous = [];
    private int[] _depth = [];
    private int[] _parent = [];
    private bool[] _inTree = [];
    private int[] _firstEdge = [];
    private WorkMeter _meter = new();

    /// <summary>
    /// Runs the sweep over the group's claims not yet in <paramref name="outOfPlay"/>;
    /// <paramref name="setAside"/> gets the claims of each cycle found (ascending) and answers
    /// the claim it sets aside, which is then marked in <paramref name="outOfPlay"/>. Stops when
    /// the work meter of <paramref name="work"/> reaches <paramref name="budgetEnd"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SweepResult Run(FlowGroupGraph graph, FeasibilityWorkspace work, bool[] outOfPlay, long budgetEnd, Func<int[], int> setAside)
    {
        int count = graph.Claims.Count, nodes = graph.NodeCount;
        int edges = NegativeCycleFinder.LoadGroup(graph, work);
        if (!NegativeCycleFinder.Tolerance(graph, edges, work, out double tolerance, out _)) return SweepResult.Untrusted;
        WorkMeter meter = _meter = work.Meter;

        int[] outStart = work.OutStart, outEdges = work.OutEdges, from = work.EdgeFrom, to = work.EdgeTo, claimOf = work.EdgeClaim;
        double[] bound = work.EdgeBound;
        work.IndexOutEdges(nodes, edges);
        Reserve(nodes, count);
        Array.Fill(_firstEdge, -1, 0, count);
        for (int e = edges - 1; e >= 0; e--)
            if (claimOf[e] >= 0) _firstEdge[claimOf[e]] = e;

        // The tree as a list in preorder with depths; the source is entry `nodes`.
        int source = nodes;
        double[] distance = work.Distance;
        int[] queue = work.Queue;
        bool[] queued = work.Queued;
        for (int n = 0; n <= nodes; n++)
        {
            _next[n] = n == nodes ? 0 : n + 1;
            _previous[n] = n == 0 ? source : n - 1;
            _depth[n] = n == nodes ? 0 : 1;
            _parent[n] = -1;
            _inTree[n] = true;
        }
        if (nodes == 0) _next[source] = _previous[source] = source;
        else _next[nodes - 1] = source;
        for (int n = 0; n < nodes; n++)
        {
            distance[n] = 0;
            queue[n] = n;
            queued[n] = true;
        }
        int head = 0, waiting = nodes;
        while (true)
        {
            while (waiting > 0)
            {
                int node = queue[head];
                head = head + 1 == nodes ? 0 : head + 1;
                waiting--;
                queued[node] = false;
                if (!_inTree[node]) continue; // its distance is known to be too high: an improvement will reach it
                meter.Steps += outStart[node + 1] - outStart[node] + 1;
                if (meter.Steps >= budgetEnd) return SweepResult.OutOfWork;
                for (int k = outStart[node], end = outStart[node + 1]; k < end; k++)
                {
                    int e = outEdges[k];
                    int claim = claimOf[e];
                    if (claim >= 0 && outOfPlay[claim]) continue;
                    int target = to[e];
                    double candidate = distance[node] + bound[e];
                    if (candidate >= distance[target] - tolerance) continue;
                    if (_inTree[target] && LeaveTree(target, node, source))
                    {
                        if (!CutCycle(graph, work, e, node, target, outOfPlay, setAside)) return SweepResult.Untrusted;
                        k--; // the cut may have freed this edge: look at it again
                        continue;
                    }
                    Attach(target, node, e);
                    distance[target] = candidate;
                    if (!queued[target])
                    {
                        int tail = head + waiting;
                        queue[tail >= nodes ? tail - nodes : tail] = target;
                        waiting++;
                        queued[target] = true;
                    }
                }
            }
            // Boundaries that left the tree and that no improvement reached again (the edge
            // they would have come by went out of play) are rooted at the source and scanned.
            for (int n = 0; n < nodes; n++)
            {
                if (_inTree[n]) continue;
                _parent[n] = -1;
                Insert(n, source, 1);
                queue[(head + waiting) % nodes] = n;
                waiting++;
                queued[n] = true;
            }
            if (waiting == 0) return SweepResult.Done;
        }
    }

    private void Reserve(int nodes, int claims)
    {
        if (_next.Length < nodes + 1)
        {
            int size = Math.Max(nodes + 1, _next.Length * 2);
            _next = new int[size];
            _previous = new int[size];
            _depth = new int[size];
            _parent = new int[size];
            _inTree = new bool[size];
        }
        if (_firstEdge.Length < claims) _firstEdge = new int[Math.Max(claims, _firstEdge.Length * 2)];
    }

    // The boundaries below `top` leave the tree (an improvement of top makes their distances
    // too high), unless `node` is among them: then an edge from node to top closes a cycle, the
    // tree is left as it was, and the answer is true. Each boundary that leaves costs one step
    // here and came back by a relaxation, so these walks cost no more than the relaxations.
    private bool LeaveTree(int top, int node, int source)
    {
        int depth = _depth[top], x = _next[top];
        bool below = false;
        for (; _depth[x] > depth && x != source; x = _next[x])
        {
            _inTree[x] = false;
            below |= x == node;
            _meter.Steps++;
        }
        if (below)
        {
            for (int y = _next[top]; y != x; y = _next[y]) _inTree[y] = true;
            return true;
        }
        Link(top, x);
        return false;
    }

    // `target`, its subtree gone, gets a better distance by edge e from `node` and moves below it.
    private void Attach(int target, int node, int edge)
    {
        if (_inTree[target]) Link(_previous[target], _next[target]);
        _parent[target] = edge;
        Insert(target, node, _depth[node] + 1);
    }

    private void Insert(int entry, int after, int depth)
    {
        _depth[entry] = depth;
        _inTree[entry] = true;
        Link(entry, _next[after]);
        Link(after, entry);
    }

    private void Link(int first, int second)
    {
        _next[first] = second;
        _previous[second] = first;
    }

    // The cycle edge → tree path from target down to node; confirmed exactly, the caller sets a
    // claim of it aside, and the boundaries hanging from that claim's edges are rooted at the source.
    private bool CutCycle(FlowGroupGraph graph, FeasibilityWorkspace work, int edge, int node, int target, bool[] outOfPlay, Func<int[], int> setAside)
    {
        int[] from = work.EdgeFrom, to = work.EdgeTo;
        work.Cycle.Clear();
        work.Cycle.Add(edge);
        for (int x = node; x != target; x = from[_parent[x]]) work.Cycle.Add(_parent[x]);
        if (NegativeCycleFinder.ExactWeight(graph, work).Sign >= 0) return false;
        int claim = setAside(NegativeCycleFinder.ClaimsOnCycle(work));
        outOfPlay[claim] = true;
        int source = graph.NodeCount;
        for (int e = _firstEdge[claim]; e >= 0 && e < work.EdgeCount && work.EdgeClaim[e] == claim; e++)
        {
            int hanging = to[e];
            if (!_inTree[hanging] || _parent[hanging] != e) continue;
            // Move the whole subtree, keeping its shape, to just below the source.
            int depth = _depth[hanging], shift = 1 - depth, last = hanging;
            while (_next[last] != source && _depth[_next[last]] > depth) last = _next[last];
            for (int x = hanging; ; x = _next[x])
            {
                _depth[x] += shift;
                _meter.Steps++;
                if (x == last) break;
            }
            Link(_previous[hanging], _next[last]);
            Link(last, _next[source]);
            Link(source, hanging);
            _parent[hanging] = -1;
        }
        return true;
    }
}
