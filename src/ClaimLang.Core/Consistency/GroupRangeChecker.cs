using System.Runtime.CompilerServices;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Consistency;

/// <summary>
/// Checks a consecutive run of claim groups, on one thread, with one of each checker and
/// buffer for all its groups: most groups are small, and allocating them afresh per group
/// cost more than the checks themselves.
/// </summary>
/// <param name="cache">The results of an earlier check of the same line of compilations, reused for groups that read the same; null to check every group.</param>
internal sealed class GroupRangeChecker(SymbolTable symbols, long searchWork = FlowGroupChecker.SearchWork, GroupResultCache? cache = null, int check = 0)
{
    private readonly FlowGroupChecker _flows = new(searchWork: searchWork);
    private readonly LevelGroupChecker _levels = new();
    private readonly RepeatFinder _repeatFinder = new();
    private readonly List<(int Claim, int First)> _repeats = [];
    private readonly List<ClaimMeaning> _claims = [];
    private readonly Dictionary<string, MetricInfo?> _metrics = new(StringComparer.Ordinal);
    private int[] _starts = new int[16];

    /// <summary>The findings of groups <paramref name="from"/> up to <paramref name="to"/> (exclusive), in group order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ConsistencyFinding> Check(ClaimGroups groups, int from, int to)
    {
        var findings = new List<ConsistencyFinding>();
        for (int g = from; g < to; g++)
        {
            int first = groups.GroupStart[g], count = groups.GroupStart[g + 1] - first;
            if (count < 2 || MetricOf(groups.Keys[g].Metric) is not { } metric) continue;
            _claims.Clear();
            for (int i = first; i < first + count; i++) _claims.Add(groups.Claims[i]);
            if (!groups.InClaimOrder)
            {
                if (_starts.Length < count) _starts = new int[Math.Max(count, _starts.Length * 2)];
                for (int i = 0; i < count; i++) _starts[i] = ClaimOrder.Key(_claims[i].Claim);
                ClaimOrder.Sort(_claims, _starts);
            }
            bool nonNegative = metric.Min is not { Sign: < 0 };
            int hash = cache is null ? 0 : GroupResultCache.HashOf(_claims);
            if (cache?.Find(_claims, metric.IsFlow, nonNegative, hash, check) is { } known)
            {
                foreach (int[] set in known.Conflicts) findings.Add(ConsistencyChecker.Finding(_claims, set, cache));
                foreach ((int claim, int firstStated) in known.Repeats) findings.Add(ConsistencyChecker.Repeat(_claims[claim], _claims[firstStated]));
                if (metric.IsFlow) cache.UsedPotentials(groups.Keys[g], check);
                continue;
            }
            List<int[]> conflicts = metric.IsFlow
                ? _flows.FindConflicts(_claims, nonNegative, cache?.PotentialsOf(groups.Keys[g]))
                : _levels.Conflicts(_claims);
            if (metric.IsFlow && cache is not null && _flows.SettledPotentials() is { } settled) cache.KeepPotentials(groups.Keys[g], settled, check);
            foreach (int[] set in conflicts) findings.Add(ConsistencyChecker.Finding(_claims, set, cache));
            _repeatFinder.Find(_claims, _repeats);
            foreach ((int claim, int firstStated) in _repeats) findings.Add(ConsistencyChecker.Repeat(_claims[claim], _claims[firstStated]));
            cache?.Add(_claims, metric.IsFlow, nonNegative, hash, check, conflicts, _repeats);
        }
        return findings;
    }

    private MetricInfo? MetricOf(string name)
    {
        if (!_metrics.TryGetValue(name, out MetricInfo? metric))
        {
            metric = name == BuiltInSymbols.Transfer.Name ? BuiltInSymbols.Transfer.MetricInfo : symbols.Lookup(name)?.MetricInfo;
            _metrics.Add(name, metric);
        }
        return metric;
    }
}
