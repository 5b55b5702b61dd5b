using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Decides whether difference constraints can all hold: they can iff their graph has no
/// negative cycle (LANGUAGE.md section 5); when there is one, returns the constraints on it —
/// the claims that cannot hold together.
/// <para>
/// Fast path: a queue-based Bellman–Ford (only nodes whose distance changed are looked at
/// again) in double precision, which looks for a cycle in its predecessor graph every n
/// relaxations — a negative cycle usually shows there long before n full rounds would prove
/// it. An improvement must exceed a tolerance (10⁻¹² of the largest bound), so intervals that
/// touch exactly never look like a conflict through rounding; a cycle found is then checked
/// in exact fractions. Only when that check fails (or doubles cannot represent the bounds)
/// does the exact search decide.
/// </para>
/// </summary>
internal static class NegativeCycleFinder
{
    /// <summary>Null when the constraints can all hold; else the constraints of one negative cycle.</summary>
    public static List<DifferenceConstraint>? Find(int nodeCount, IReadOnlyList<DifferenceConstraint> constraints)
    {
        if (FindApproximately(nodeCount, constraints, out List<DifferenceConstraint>? cycle))
        {
            if (cycle is null) return null;
            Rational weight = Rational.Zero;
            foreach (DifferenceConstraint edge in cycle) weight += edge.Bound;
            if (weight.Sign < 0) return cycle;
        }
        return FindExactly(nodeCount, constraints);
    }

    // False when doubles cannot be trusted here (a bound beyond their range); else the verdict.
    private static bool FindApproximately(int nodeCount, IReadOnlyList<DifferenceConstraint> constraints, out List<DifferenceConstraint>? cycle)
    {
        cycle = null;
        var bounds = new double[constraints.Count];
        double largest = 0;
        for (int e = 0; e < constraints.Count; e++)
        {
            bounds[e] = constraints[e].Bound.ToDouble();
            if (!double.IsFinite(bounds[e])) return false;
            largest = Math.Max(largest, Math.Abs(bounds[e]));
        }
        double tolerance = largest * 1e-12;

        var outgoing = new List<int>[nodeCount];
        for (int n = 0; n < nodeCount; n++) outgoing[n] = [];
        for (int e = 0; e < constraints.Count; e++) outgoing[constraints[e].From].Add(e);

        var distance = new double[nodeCount];      // a virtual source at distance 0 from every node
        var via = new int[nodeCount];
        Array.Fill(via, -1);
        var queued = new bool[nodeCount];
        var queue = new Queue<int>(nodeCount);
        for (int n = 0; n < nodeCount; n++) { queue.Enqueue(n); queued[n] = true; }

        long relaxations = 0;
        long limit = (long)nodeCount * Math.Max(1, constraints.Count) + nodeCount;
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            queued[node] = false;
            foreach (int e in outgoing[node])
            {
                DifferenceConstraint edge = constraints[e];
                double candidate = distance[node] + bounds[e];
                if (candidate >= distance[edge.To] - tolerance) continue;
                distance[edge.To] = candidate;
                via[edge.To] = e;
                if (++relaxations % nodeCount == 0 && PredecessorCycle(nodeCount, constraints, via) is { } found)
                {
                    cycle = found;
                    return true;
                }
                if (relaxations > limit) return false; // should not happen; let the exact search decide
                if (!queued[edge.To]) { queue.Enqueue(edge.To); queued[edge.To] = true; }
            }
        }
        return true; // no improvement left beyond the tolerance: no negative cycle
    }

    private static List<DifferenceConstraint>? FindExactly(int nodeCount, IReadOnlyList<DifferenceConstraint> constraints)
    {
        var distance = new Rational[nodeCount];
        for (int i = 0; i < nodeCount; i++) distance[i] = Rational.Zero;
        var via = new int[nodeCount];
        Array.Fill(via, -1);
        for (int round = 0; round < nodeCount; round++)
        {
            bool changed = false;
            for (int e = 0; e < constraints.Count; e++)
            {
                DifferenceConstraint c = constraints[e];
                Rational candidate = distance[c.From] + c.Bound;
                if (candidate < distance[c.To])
                {
                    distance[c.To] = candidate;
                    via[c.To] = e;
                    changed = true;
                }
            }
            if (!changed) return null;
        }
        return PredecessorCycle(nodeCount, constraints, via)
            ?? throw new InvalidOperationException("Bellman-Ford kept relaxing but its predecessor graph has no cycle.");
    }

    // A cycle in the predecessor graph, if there is one; every such cycle is negative. Each walk
    // back through predecessors is marked with its own stamp, so the whole check is O(n).
    private static List<DifferenceConstraint>? PredecessorCycle(int nodeCount, IReadOnlyList<DifferenceConstraint> constraints, int[] via)
    {
        var stamp = new int[nodeCount];
        for (int startNode = 0; startNode < nodeCount; startNode++)
        {
            int node = startNode;
            while (via[node] >= 0 && stamp[node] == 0)
            {
                stamp[node] = startNode + 1;
                node = constraints[via[node]].From;
            }
            if (via[node] < 0 || stamp[node] != startNode + 1) continue;
            var cycle = new List<DifferenceConstraint>();
            int first = node;
            do
            {
                DifferenceConstraint edge = constraints[via[node]];
                cycle.Add(edge);
                node = edge.From;
            }
            while (node != first);
            cycle.Reverse();
            return cycle;
        }
        return null;
    }
}
