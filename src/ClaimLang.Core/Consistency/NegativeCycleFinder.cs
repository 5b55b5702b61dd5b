using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Bellman–Ford over difference constraints, in exact arithmetic: the constraints can all hold
/// iff their graph has no negative cycle (LANGUAGE.md section 5). When there is one, returns
/// the constraints on it — the claims that cannot hold together.
/// </summary>
internal static class NegativeCycleFinder
{
    /// <summary>Null when the constraints can all hold; else the constraints of one negative cycle.</summary>
    public static List<DifferenceConstraint>? Find(int nodeCount, IReadOnlyList<DifferenceConstraint> constraints)
    {
        // A virtual source at distance 0 from every node: distances start at 0.
        var distance = new Rational[nodeCount];
        for (int i = 0; i < nodeCount; i++) distance[i] = Rational.Zero;
        var via = new int[nodeCount];
        Array.Fill(via, -1);

        int changed = -1;
        for (int round = 0; round < nodeCount; round++)
        {
            changed = -1;
            for (int e = 0; e < constraints.Count; e++)
            {
                DifferenceConstraint c = constraints[e];
                Rational candidate = distance[c.From] + c.Bound;
                if (candidate < distance[c.To])
                {
                    distance[c.To] = candidate;
                    via[c.To] = e;
                    changed = c.To;
                }
            }
            if (changed < 0) return null;
        }

        // Still relaxing after n rounds: the predecessor graph has a cycle, and every cycle in it
        // is negative. Find one by walking predecessors, marking each walk with its own stamp.
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
        throw new InvalidOperationException("Bellman-Ford kept relaxing but its predecessor graph has no cycle.");
    }
}
