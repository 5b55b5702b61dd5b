using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The claims of one flow group as difference constraints on the prefix sums S at the
/// distinct period boundaries (docs/language.md, "Meaning"): a claim over [a, b) with total in
/// [lo, hi] gives lo ≤ S(b) − S(a) ≤ hi; amounts are never negative, so S never decreases
/// between neighbouring boundaries (unless the metric's min allows negative amounts).
/// One instance checks group after group.
/// </summary>
internal sealed class FlowGroupChecker
{
    // Kept from one group to the next: a check runs thousands of flow groups.
    private readonly FlowGroupGraph _graph = new();
    private readonly FeasibilityWorkspace _work = new();
    private int _count;

    private readonly CoverageScreen _screen = new();
    private readonly bool _screening;

    // What the coverage search of the current group may still spend, in claims tested (a test
    // costs about as much as it has claims); see SearchWork.
    private long _workLeft;

    /// <param name="screening">Whether the coverage search may skip the full test of a claim the screen passes (tests compare both ways).</param>
    public FlowGroupChecker(bool screening = true) => _screening = screening;

    /// <summary>
    /// Minimal sets of claims (indices into the group) that cannot hold together, such that every
    /// claim belonging to some minimal conflicting set appears in at least one; empty when all can hold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int[]> FindConflicts(IReadOnlyList<ClaimMeaning> claims, bool nonNegative)
    {
        _graph.Load(claims, nonNegative);
        _count = claims.Count;
        // Most groups can hold: one test of the whole group decides them before any set or
        // list is built. Its cycle, if any, is the one the first round below would find.
        int[] all = _work.ClaimBuffer(_count);
        for (int i = 0; i < _count; i++) all[i] = i;
        int[]? cycleClaims = NegativeCycleFinder.Find(_graph, all.AsSpan(0, _count), _work);
        var conflicts = new List<int[]>();
        if (cycleClaims is null) return conflicts;
        ClaimSet active = ClaimSet.All(_count);
        for (; cycleClaims is not null; cycleClaims = Conflict(active))
        {
            conflicts.Add(Minimise(cycleClaims));
            // Set aside the last claim of the set and look for conflicts among the rest.
            active.Remove(conflicts[^1][^1]);
        }

        // Coverage: a claim no finding names may still belong to a conflict (with X–Z and Y–Z,
        // setting Z aside hides Y–Z). See ConsistentLeaves for how such a conflict is found.
        var covered = new bool[_count];
        int coveredCount = 0;
        foreach (int[] conflict in conflicts) coveredCount += Cover(conflict, covered);
        _workLeft = SearchWork;
        foreach (ClaimSet leaf in ConsistentLeaves())
        {
            for (int claim = 0; claim < _count && _workLeft > 0; claim++)
            {
                if (covered[claim] || leaf.Contains(claim)) continue;
                if (_screening && _screen.Holds(_graph, claim)) continue;
                // The leaf's claims in order, then this one: the order the constraints are built in.
                int[] members = _work.ClaimBuffer(leaf.Count + 1);
                int length = leaf.CopyTo(members);
                members[length++] = claim;
                _workLeft -= length;
                if (NegativeCycleFinder.Find(_graph, members.AsSpan(0, length), _work) is not { } cycle) continue;
                int[] withClaim = members[..length];
                Array.Sort(withClaim);
                int[] found = MinimiseAround(withClaim, cycle, keep: claim);
                conflicts.Add(found);
                coveredCount += Cover(found, covered);
            }
            if (coveredCount == _count) return conflicts;
        }
        return conflicts;
    }

    private static int Cover(int[] conflict, bool[] covered)
    {
        int added = 0;
        foreach (int claim in conflict)
        {
            if (covered[claim]) continue;
            covered[claim] = true;
            added++;
        }
        return added;
    }

    // How many feasibility tests the coverage search of one group may spend (it is exponential
    // only when many conflicts interlock); past it some claims may go unnamed (docs/semantics.md).
    private const int SearchBudget = 4000;

    // And how many claims those tests, and the tests of claims the screen does not pass, may
    // take in all: what 4,000 tests of a 512-claim group cost, so a group of thousands of
    // claims spends about as long as the largest groups always could (a test of n claims costs
    // about n). A group of 500 claims or fewer reaches it only when it tests thousands of
    // claims the screen does not pass, beyond what its consistent sets alone may spend.
    private const long SearchWork = SearchBudget * 512L;

    private int _testsLeft;

    // A claim c belongs to a minimal conflicting set M exactly when some consistent set F of the
    // group holds M minus c, and then F does not hold c (else it would hold M). Such sets are
    // reached by branching: start from the whole group; while it cannot hold, take one of its
    // minimal conflicts and set aside each of its claims in turn. Every conflict has a claim
    // outside M minus c (which is consistent), so some branch keeps M minus c to a consistent
    // leaf. For each leaf, a claim the leaf cannot take with it belongs to a conflict: the leaf
    // with that claim, shrunk while keeping the claim.
    private IEnumerable<ClaimSet> ConsistentLeaves()
    {
        _testsLeft = SearchBudget;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ClaimSet>();
        pending.Push(ClaimSet.All(_count));
        while (pending.Count > 0 && _testsLeft-- > 0 && _workLeft > 0)
        {
            ClaimSet set = pending.Pop();
            if (!visited.Add(set.Key())) continue;
            _workLeft -= set.Count;
            if (Conflict(set) is not { } cycle)
            {
                _screen.Take(_graph, _work);
                yield return set;
                continue;
            }
            int[] conflict = Minimise(cycle);
            _testsLeft -= conflict.Length;
            _workLeft -= (long)conflict.Length * conflict.Length;
            for (int i = conflict.Length - 1; i >= 0; i--)
            {
                ClaimSet smaller = set.Copy();
                smaller.Remove(conflict[i]);
                pending.Push(smaller);
            }
        }
    }

    // The deletion filter of Minimise over a whole consistent set with one claim (`keep`, never
    // dropped), with the same decisions, at the cost of the claims of a few cycles instead of
    // one test per claim: a known cycle (`witness`, claims ascending) that avoids a claim shows
    // the rest cannot hold without it, so only claims on the current witness are tested; when
    // one can go, the test that says so names the next witness. The result without `keep` lies
    // in the consistent set, so the result is a minimal conflicting set containing `keep`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] MinimiseAround(int[] claims, int[] witness, int keep)
    {
        var dropped = new bool[claims.Length];
        int left = claims.Length;
        for (int i = 0; i < claims.Length; i++)
        {
            if (claims[i] == keep) continue;
            dropped[i] = true;
            if (witness.Length > 0 && Array.BinarySearch(witness, claims[i]) < 0)
            {
                left--;
                continue;
            }
            int[] rest = _work.ClaimBuffer(claims.Length);
            int length = 0;
            for (int j = 0; j < claims.Length; j++)
                if (!dropped[j]) rest[length++] = claims[j];
            _workLeft -= length;
            if (NegativeCycleFinder.Holds(_graph, rest.AsSpan(0, length), _work))
            {
                dropped[i] = false;
                continue;
            }
            left--;
            // Holds and Find agree but for violations within the search's tolerance; without a
            // cycle to go by, every later claim is tested as Minimise would.
            witness = NegativeCycleFinder.Find(_graph, rest.AsSpan(0, length), _work) ?? [];
        }
        var result = new int[left];
        for (int i = 0, n = 0; i < claims.Length; i++)
            if (!dropped[i]) result[n++] = claims[i];
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[]? Conflict(ClaimSet set)
    {
        int[] members = _work.ClaimBuffer(set.Count);
        int length = set.CopyTo(members);
        return NegativeCycleFinder.Find(_graph, members.AsSpan(0, length), _work);
    }

    // Deletion filter: drop every claim without which the rest still cannot hold. Every claim
    // left is then needed: removing it leaves a consistent set. `claims` is ascending, and so
    // is every subset tested and the result.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] Minimise(int[] claims)
    {
        var dropped = new bool[claims.Length];
        int left = claims.Length;
        for (int i = 0; i < claims.Length; i++)
        {
            dropped[i] = true;
            int[] rest = _work.ClaimBuffer(claims.Length);
            int length = 0;
            for (int j = 0; j < claims.Length; j++)
                if (!dropped[j]) rest[length++] = claims[j];
            if (NegativeCycleFinder.Holds(_graph, rest.AsSpan(0, length), _work)) dropped[i] = false;
            else left--;
        }
        var result = new int[left];
        for (int i = 0, n = 0; i < claims.Length; i++)
            if (!dropped[i]) result[n++] = claims[i];
        return result;
    }
}
