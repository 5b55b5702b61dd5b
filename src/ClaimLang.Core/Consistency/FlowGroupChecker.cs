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

    // The steps every search of the current group has taken, and where the coverage search
    // must stop (see SearchWork).
    private readonly WorkMeter _meter;
    private long _searchEnd;
    private readonly long _searchWork;
    private readonly int _searchTests;

    /// <param name="screening">Whether the coverage search may skip the full test of a claim the screen passes (tests compare both ways).</param>
    /// <param name="searchWork">The steps the coverage search of a group may take (tests that compare two searches give both all they need).</param>
    /// <param name="searchTests">The tests of consistent sets it may spend (such tests spend fewer, to stay quick).</param>
    public FlowGroupChecker(bool screening = true, long searchWork = SearchWork, int searchTests = SearchBudget)
    {
        _screening = screening;
        _searchWork = searchWork;
        _searchTests = searchTests;
        _meter = _work.Meter;
        _sweepWork.Meter = _meter;
    }

    /// <summary>The steps every search of this checker has taken so far (<see cref="WorkMeter"/>), for tests of what a group may cost.</summary>
    public long StepsTaken => _meter.Steps;

    private bool _holds;

    /// <summary>How many groups a start from earlier potentials showed to hold (for tests of reuse).</summary>
    public int StartsTaken { get; private set; }

    /// <summary>
    /// The potentials that showed the last group to hold, for its next check; null when some
    /// of its claims conflict, or the search's distances did not settle in doubles.
    /// </summary>
    public StartingPotentials? SettledPotentials() =>
        _holds && _work.DistancesSettled ? new StartingPotentials(_graph.Days.ToArray(), _work.Distance[.._graph.NodeCount]) : null;

    /// <summary>
    /// Minimal sets of claims (indices into the group) that cannot hold together, such that every
    /// claim belonging to some minimal conflicting set appears in at least one; empty when all can hold.
    /// </summary>
    /// <param name="start">Potentials an earlier check of the group left, to show sooner that it still holds (an editor's).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int[]> FindConflicts(IReadOnlyList<ClaimMeaning> claims, bool nonNegative, StartingPotentials? start = null)
    {
        _graph.Load(claims, nonNegative);
        _count = claims.Count;
        _holds = false;
        if (start is not null && _graph.NodeCount > 0 && NegativeCycleFinder.HoldsFrom(_graph, _work, start.For(_graph.Days)))
        {
            _holds = true;
            StartsTaken++;
            return [];
        }
        // Most groups can hold: one test of the whole group decides them before any set or
        // list is built. Its cycle, if any, is the one the first round below would find.
        int[]? cycleClaims = NegativeCycleFinder.Find(_graph, _work.AllClaims(_count), _work);
        var conflicts = new List<int[]>();
        if (cycleClaims is null)
        {
            _holds = true;
            return conflicts;
        }
        long budgetEnd = _meter.Steps + FirstPassWork + FirstPassWorkPerItem * (_graph.NodeCount + 2L * _count);
        bool complete = NameConflicts(conflicts, cycleClaims, budgetEnd);
        // Out of work before every conflict was met, the group keeps the findings made so far
        // (at least one): then the claims that conflict with another as a nested pair are still
        // all named, but no longer search is made for the others (docs/semantics.md).
        if (!complete && conflicts.Count == 0) conflicts.Add(Minimise(cycleClaims));

        // Coverage: a claim no finding names may still belong to a conflict (with X–Z and Y–Z,
        // setting Z aside hides Y–Z). Nested pairs are found for all at once; see
        // ConsistentLeaves for how any other such conflict is found.
        var covered = new bool[_count];
        int coveredCount = 0;
        foreach (int[] conflict in conflicts) coveredCount += Cover(conflict, covered);
        int named = conflicts.Count;
        _pairs.Cover(_graph, covered, conflicts);
        for (int k = named; k < conflicts.Count; k++) coveredCount += Cover(conflicts[k], covered);
        if (!complete || coveredCount == _count) return conflicts;
        _searchEnd = _meter.Steps + _searchWork;
        foreach (ClaimSet leaf in ConsistentLeaves())
        {
            for (int claim = 0; claim < _count && _meter.Steps < _searchEnd; claim++)
            {
                if (covered[claim] || leaf.Contains(claim)) continue;
                if (_screening && _screen.Holds(_graph, claim)) continue;
                // The leaf's claims in order, then this one: the order the constraints are built in.
                int[] members = _work.ClaimBuffer(leaf.Count + 1);
                int length = leaf.CopyTo(members);
                members[length++] = claim;
                if (NegativeCycleFinder.Find(_graph, members.AsSpan(0, length), _work) is not { } cycle) continue;
                int[] withClaim = members[..length];
                Array.Sort(withClaim);
                if (MinimiseAround(withClaim, cycle, keep: claim) is not { } found) break; // out of work midway
                conflicts.Add(found);
                coveredCount += Cover(found, covered);
            }
            if (coveredCount == _count) break;
        }
        return conflicts;
    }

    // What meeting a group's conflicts may cost, in steps of the searches (an edge looked at, a
    // distance improved, a boundary moved in the sweep's tree): a fixed part, and so much per
    // boundary and edge. A sweep of a group whose claims can almost all hold takes a few steps
    // per edge; a group of 100,000 claims most of which conflict in chains of several claims
    // would take more than the whole check of a large project, and stops here (docs/semantics.md).
    private const long FirstPassWork = 2_000_000;
    private const long FirstPassWorkPerItem = 16;

    // The sweep's own workspace: shrinking each conflict it meets runs tests in _work meanwhile.
    private readonly FeasibilityWorkspace _sweepWork = new();
    private readonly ConflictSweep _sweep = new();
    private readonly NestedPairFinder _pairs = new();
    private bool[] _outOfPlay = [];

    // The first pass, each conflict's last claim set aside as the conflict is met: one sweep
    // over the group (ConflictSweep), then one exact test of the claims left, since rounding may
    // hide a conflict within the sweep's tolerance. When the sweep cannot be trusted (bounds
    // beyond doubles, or a cycle exact fractions do not confirm), whole-group tests alone, from
    // the group's first cycle. False when the work allowed runs out first.
    private bool NameConflicts(List<int[]> conflicts, int[] firstCycle, long budgetEnd)
    {
        if (_outOfPlay.Length < _count) _outOfPlay = new bool[Math.Max(_count, _outOfPlay.Length * 2)];
        Array.Clear(_outOfPlay, 0, _count);
        SweepResult result = _sweep.Run(_graph, _sweepWork, _outOfPlay, budgetEnd, cycle =>
        {
            conflicts.Add(Minimise(cycle));
            return conflicts[^1][^1];
        });
        if (result == SweepResult.OutOfWork) return false;
        ClaimSet active = ClaimSet.All(_count);
        int[]? cycle = firstCycle;
        if (result == SweepResult.Untrusted)
        {
            conflicts.Clear();
        }
        else
        {
            for (int claim = 0; claim < _count; claim++)
                if (_outOfPlay[claim]) active.Remove(claim);
            cycle = Conflict(active);
        }
        for (; cycle is not null; cycle = Conflict(active))
        {
            if (_meter.Steps >= budgetEnd) return false;
            conflicts.Add(Minimise(cycle));
            active.Remove(conflicts[^1][^1]);
        }
        return true;
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

    // And how many steps those tests, and the tests of claims the screen does not pass, may
    // take in all (WorkMeter): a tenth of a second or so on a laptop, whatever the group's
    // shape. Counting tests or claims instead let a group of 1,000 claims whose conflicts chain
    // along the timeline spend seconds (a test there costs far more than its claims).
    internal const long SearchWork = 10_000_000;

    // In an editor, where the group is checked again after every edit (CompilationOptions.Interactive):
    // a millisecond or two here. In a group of 10,000 claims with thousands of conflicts the
    // search reaches no consistent set within even a tenth of SearchWork, so a larger share
    // only delayed every keystroke's diagnostics by that much (docs/performance.md).
    internal const long InteractiveSearchWork = SearchWork / 40;

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
        _testsLeft = _searchTests;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ClaimSet>();
        pending.Push(ClaimSet.All(_count));
        while (pending.Count > 0 && _testsLeft-- > 0 && _meter.Steps < _searchEnd)
        {
            ClaimSet set = pending.Pop();
            if (!visited.Add(set.Key())) continue;
            if (Conflict(set) is not { } cycle)
            {
                _screen.Take(_graph, _work);
                yield return set;
                continue;
            }
            int[] conflict = Minimise(cycle);
            _testsLeft -= conflict.Length;
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
    // Null when the coverage search runs out of work midway (each test costs the whole set).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[]? MinimiseAround(int[] claims, int[] witness, int keep)
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
            if (_meter.Steps >= _searchEnd) return null;
            int[] rest = _work.ClaimBuffer(claims.Length);
            int length = 0;
            for (int j = 0; j < claims.Length; j++)
                if (!dropped[j]) rest[length++] = claims[j];
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
