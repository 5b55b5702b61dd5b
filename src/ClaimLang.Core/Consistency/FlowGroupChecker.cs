using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The claims of one flow group as difference constraints on the prefix sums S at the
/// distinct period boundaries (LANGUAGE.md section 5): a claim over [a, b) with total in
/// [lo, hi] gives lo ≤ S(b) − S(a) ≤ hi; amounts are never negative, so S never decreases
/// between neighbouring boundaries (unless the metric's min allows negative amounts).
/// </summary>
internal sealed class FlowGroupChecker
{
    private readonly IReadOnlyList<ClaimMeaning> _claims;
    private readonly bool _nonNegative;
    private readonly int[] _boundaries; // day numbers, sorted, distinct
    private readonly Dictionary<int, int> _nodeOf;

    public FlowGroupChecker(IReadOnlyList<ClaimMeaning> claims, bool nonNegative)
    {
        _claims = claims;
        _nonNegative = nonNegative;
        var days = new SortedSet<int>();
        foreach (ClaimMeaning claim in claims)
        {
            days.Add(claim.Period.Start.DayNumber);
            days.Add(claim.Period.End.DayNumber + 1);
        }
        _boundaries = [.. days];
        _nodeOf = new Dictionary<int, int>(_boundaries.Length);
        for (int i = 0; i < _boundaries.Length; i++) _nodeOf[_boundaries[i]] = i;
    }

    // Beyond this many claims the coverage pass (quadratic in feasibility tests) is skipped;
    // see docs/performance.md.
    private const int CoverageLimit = 500;

    /// <summary>
    /// Minimal sets of claims (indices into the group) that cannot hold together, such that every
    /// claim belonging to some minimal conflicting set appears in at least one; empty when all can hold.
    /// </summary>
    public List<int[]> FindConflicts()
    {
        var conflicts = new List<int[]>();
        var all = Enumerable.Range(0, _claims.Count).ToHashSet();
        var active = new HashSet<int>(all);
        while (Conflict(active) is { } cycleClaims)
        {
            conflicts.Add(Minimise(cycleClaims, keep: null));
            // Set aside the last claim of the set and look for conflicts among the rest.
            active.Remove(conflicts[^1].Max());
        }
        if (conflicts.Count == 0 || _claims.Count > CoverageLimit) return conflicts;

        // Coverage: a claim no finding names may still belong to a conflict (with X–Z and Y–Z,
        // setting Z aside hides Y–Z). See ConsistentLeaves for how such a conflict is found.
        var covered = conflicts.SelectMany(c => c).ToHashSet();
        foreach (HashSet<int> leaf in ConsistentLeaves(all))
        {
            foreach (int claim in all.Order())
            {
                if (covered.Contains(claim) || leaf.Contains(claim)) continue;
                if (Consistent(leaf.Append(claim))) continue;
                int[] found = Minimise([.. leaf.Append(claim).Order()], keep: claim);
                conflicts.Add(found);
                covered.UnionWith(found);
            }
            if (covered.Count == all.Count) break;
        }
        return conflicts;
    }

    // How many feasibility tests the coverage search of one group may spend (it is exponential
    // only when many conflicts interlock); past it some claims may go unnamed (docs/semantics.md).
    private const int SearchBudget = 4000;

    // A claim c belongs to a minimal conflicting set M exactly when some consistent set F of the
    // group holds M minus c, and then F does not hold c (else it would hold M). Such sets are
    // reached by branching: start from the whole group; while it cannot hold, take one of its
    // minimal conflicts and set aside each of its claims in turn. Every conflict has a claim
    // outside M minus c (which is consistent), so some branch keeps M minus c to a consistent
    // leaf. For each leaf, a claim the leaf cannot take with it belongs to a conflict: the leaf
    // with that claim, shrunk while keeping the claim.
    private IEnumerable<HashSet<int>> ConsistentLeaves(HashSet<int> all)
    {
        int budget = SearchBudget;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<HashSet<int>>();
        pending.Push(all);
        while (pending.Count > 0 && budget-- > 0)
        {
            HashSet<int> set = pending.Pop();
            if (!visited.Add(string.Join(',', set.Order()))) continue;
            if (Conflict(set) is not { } cycle)
            {
                yield return set;
                continue;
            }
            int[] conflict = Minimise(cycle, keep: null);
            budget -= conflict.Length;
            foreach (int drop in conflict.Reverse())
            {
                var smaller = new HashSet<int>(set);
                smaller.Remove(drop);
                pending.Push(smaller);
            }
        }
    }

    /// <summary>Whether the given claims can all hold.</summary>
    public bool Consistent(IEnumerable<int> claims) => Conflict(claims.ToHashSet()) is null;

    private int[]? Conflict(HashSet<int> active)
    {
        List<DifferenceConstraint>? cycle = NegativeCycleFinder.Find(_boundaries.Length, Constraints(active));
        return cycle?.Where(c => c.Claim >= 0).Select(c => c.Claim).Distinct().Order().ToArray();
    }

    // Deletion filter: drop every claim (but `keep`) without which the rest still cannot hold.
    // Every claim left is then needed: removing it leaves a consistent set. With `keep`, either
    // the result needs `keep` too (a minimal conflicting set containing it) or the result minus
    // `keep` is itself a minimal set, which the caller checks for.
    private int[] Minimise(int[] claims, int? keep)
    {
        var set = claims.ToHashSet();
        foreach (int claim in claims)
        {
            if (claim == keep) continue;
            set.Remove(claim);
            if (Consistent(set)) set.Add(claim);
        }
        return [.. set.Order()];
    }

    private List<DifferenceConstraint> Constraints(HashSet<int> active)
    {
        var constraints = new List<DifferenceConstraint>(active.Count * 2 + _boundaries.Length);
        foreach (int i in active)
        {
            ClaimMeaning claim = _claims[i];
            int a = _nodeOf[claim.Period.Start.DayNumber];
            int b = _nodeOf[claim.Period.End.DayNumber + 1];
            if (claim.Total.High is { } high) constraints.Add(new DifferenceConstraint(a, b, high, i));      // S(b) − S(a) ≤ hi
            if (claim.Total.Low is { } low) constraints.Add(new DifferenceConstraint(b, a, -low, i));       // S(a) − S(b) ≤ −lo
        }
        if (_nonNegative)
        {
            for (int n = 0; n + 1 < _boundaries.Length; n++)
                constraints.Add(new DifferenceConstraint(n + 1, n, Rational.Zero, -1));                     // S(n) − S(n+1) ≤ 0
        }
        return constraints;
    }
}
