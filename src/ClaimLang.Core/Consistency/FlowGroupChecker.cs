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
        // setting Z aside hides Y–Z). See ConsistentPartner for how one is found.
        var covered = conflicts.SelectMany(c => c).ToHashSet();
        foreach (int claim in all.Order())
        {
            if (covered.Contains(claim)) continue;
            if (ConsistentPartner(claim, all) is not { } partner) continue;
            int[] found = Minimise([.. partner.Append(claim).Order()], keep: claim);
            conflicts.Add(found);
            covered.UnionWith(found);
        }
        return conflicts;
    }

    // How many feasibility tests the search for one claim may spend (it is exponential only
    // when many conflicts interlock); past it the claim is left unreported (docs/semantics.md).
    private const int SearchBudget = 4000;

    // A claim belongs to a minimal conflicting set M exactly when some consistent set F of the
    // other claims contains M minus the claim while F with the claim cannot hold. Search for F:
    // start from all the others; while they cannot hold, take one of their minimal conflicts and
    // branch on which of its claims to set aside. Some branch always keeps M minus the claim
    // (every conflict among the others has a claim outside it), so the search is complete.
    // Minimising F with the claim, keeping the claim, then gives a set that needs the claim.
    private HashSet<int>? ConsistentPartner(int claim, HashSet<int> all)
    {
        int budget = SearchBudget;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var others = new HashSet<int>(all);
        others.Remove(claim);
        return Search(others);

        HashSet<int>? Search(HashSet<int> set)
        {
            if (--budget < 0 || !visited.Add(string.Join(',', set.Order()))) return null;
            if (Conflict(set) is not { } cycle)
                return Consistent(set.Append(claim)) ? null : set;
            foreach (int drop in Minimise(cycle, keep: null))
            {
                var smaller = new HashSet<int>(set);
                smaller.Remove(drop);
                if (Search(smaller) is { } found) return found;
                if (budget < 0) return null;
            }
            return null;
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
