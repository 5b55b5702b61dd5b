using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Consistency;

/// <summary>
/// Finds every set of claims that cannot all be true (LANGUAGE.md section 5): flow groups as
/// difference constraints (<see cref="FlowGroupChecker"/>), level groups by equal periods with
/// disjoint intervals (<see cref="LevelGroupChecker"/>); each finding a minimal set, CL4001
/// across attributions, CL4002 within one; and CL4003 when an attribution states the same thing
/// twice. Retracted and disputed claims take no part. The primary location is the set's last
/// claim (file, then position).
/// </summary>
public static class ConsistencyChecker
{
    public static ImmutableArray<Diagnostic> Check(IEnumerable<ClaimMeaning> meanings, SymbolTable symbols)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var groups = new Dictionary<GroupKey, List<ClaimMeaning>>();
        foreach (ClaimMeaning meaning in meanings)
        {
            if (!meaning.TakesPartInChecks) continue;
            ref List<ClaimMeaning>? group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, new GroupKey(meaning.From, meaning.To, meaning.Metric, meaning.Unit), out _);
            (group ??= []).Add(meaning);
        }
        GroupKey[] keys = [.. groups.Keys];
        Array.Sort(keys, GroupKey.Compare);

        // One workspace and one repeat table for every group: most groups are small, and
        // allocating them afresh per group cost more than the checks themselves.
        var work = new FeasibilityWorkspace();
        var repeats = new Dictionary<RepeatKey, ClaimMeaning>();
        var metrics = new Dictionary<string, MetricInfo?>(StringComparer.Ordinal);
        foreach (GroupKey key in keys)
        {
            List<ClaimMeaning> claims = groups[key];
            if (claims.Count < 2) continue;
            if (!metrics.TryGetValue(key.Metric, out MetricInfo? metric))
            {
                metric = key.Metric == BuiltInSymbols.Transfer.Name ? BuiltInSymbols.Transfer.MetricInfo : symbols.Lookup(key.Metric)?.MetricInfo;
                metrics.Add(key.Metric, metric);
            }
            if (metric is null) continue;
            ClaimOrder.Sort(claims);
            List<int[]> conflicts = metric.IsFlow
                ? new FlowGroupChecker(claims, nonNegative: metric.Min is not { Sign: < 0 }, work).FindConflicts()
                : LevelGroupChecker.FindConflicts(claims);
            foreach (int[] set in conflicts) diagnostics.Add(Finding(set.Select(i => claims[i]).ToList()));
            ReportRepeats(claims, repeats, diagnostics);
        }
        return diagnostics.ToImmutable();
    }

    private static Diagnostic Finding(List<ClaimMeaning> set)
    {
        ClaimMeaning primary = set[^1];
        List<ClaimMeaning> others = set[..^1];
        bool oneSource = set.Select(m => m.Attribution).Distinct(StringComparer.Ordinal).Count() == 1;
        DiagnosticDescriptor descriptor = oneSource ? DiagnosticDescriptors.SourceContradictsItself : DiagnosticDescriptors.SourcesDisagree;
        var related = others.Select(m => new RelatedLocation(m.Claim.GetLocation(), ClaimWording.Says(m)));
        return Diagnostic.Create(descriptor, primary.Claim.GetLocation(), related, ConflictMessage.For(primary, others));
    }

    // The same attribution stating the same amount over the same period twice.
    private static void ReportRepeats(List<ClaimMeaning> claims, Dictionary<RepeatKey, ClaimMeaning> first, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        first.Clear();
        foreach (ClaimMeaning claim in claims)
        {
            var key = new RepeatKey(claim);
            if (first.TryAdd(key, claim)) continue;
            var earlier = first[key];
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.StatedTwice, claim.Claim.GetLocation(),
                [new RelatedLocation(earlier.Claim.GetLocation(), $"first stated here")],
                $"{claim.Attribution} already says {ClaimWording.Describe(earlier)}"));
        }
        // A table grown by one large group would make clearing it costly for every group after.
        if (claims.Count > 1024)
        {
            first.Clear();
            first.TrimExcess();
        }
    }
}
