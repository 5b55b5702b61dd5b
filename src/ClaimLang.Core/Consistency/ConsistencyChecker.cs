using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<Diagnostic> Check(IEnumerable<ClaimMeaning> meanings, SymbolTable symbols)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        ClaimGroups groups = ClaimGroups.Of(meanings);

        // One of each checker and buffer for every group: most groups are small, and
        // allocating them afresh per group cost more than the checks themselves.
        var flows = new FlowGroupChecker();
        var levels = new LevelGroupChecker();
        var repeatFinder = new RepeatFinder();
        var repeats = new List<(int Claim, int First)>();
        var claims = new List<ClaimMeaning>();
        var starts = new int[16];
        var metrics = new Dictionary<string, MetricInfo?>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            int first = groups.GroupStart[g], count = groups.GroupStart[g + 1] - first;
            if (count < 2) continue;
            string metricName = groups.Keys[g].Metric;
            if (!metrics.TryGetValue(metricName, out MetricInfo? metric))
            {
                metric = metricName == BuiltInSymbols.Transfer.Name ? BuiltInSymbols.Transfer.MetricInfo : symbols.Lookup(metricName)?.MetricInfo;
                metrics.Add(metricName, metric);
            }
            if (metric is null) continue;
            claims.Clear();
            for (int i = first; i < first + count; i++) claims.Add(groups.Claims[i]);
            if (!groups.InClaimOrder)
            {
                if (starts.Length < count) starts = new int[Math.Max(count, starts.Length * 2)];
                for (int i = 0; i < count; i++) starts[i] = ClaimOrder.Key(claims[i].Claim);
                ClaimOrder.Sort(claims, starts);
            }
            List<int[]> conflicts = metric.IsFlow
                ? flows.FindConflicts(claims, nonNegative: metric.Min is not { Sign: < 0 })
                : levels.Conflicts(claims);
            foreach (int[] set in conflicts) diagnostics.Add(Finding(claims, set));
            repeatFinder.Find(claims, repeats);
            foreach ((int claim, int firstStated) in repeats) diagnostics.Add(Repeat(claims[claim], claims[firstStated]));
        }
        return diagnostics.ToImmutable();
    }

    private static Diagnostic Finding(List<ClaimMeaning> claims, int[] set)
    {
        ClaimMeaning primary = claims[set[^1]];
        var others = new ClaimMeaning[set.Length - 1];
        var related = new RelatedLocation[set.Length - 1];
        bool oneSource = true;
        for (int k = 0; k < others.Length; k++)
        {
            ClaimMeaning other = claims[set[k]];
            others[k] = other;
            related[k] = new RelatedLocation(ClaimLocation.Of(other.Claim), ClaimWording.Says(other));
            oneSource &= string.Equals(other.Attribution, primary.Attribution, StringComparison.Ordinal);
        }
        DiagnosticDescriptor descriptor = oneSource ? DiagnosticDescriptors.SourceContradictsItself : DiagnosticDescriptors.SourcesDisagree;
        return Diagnostic.Create(descriptor, ClaimLocation.Of(primary.Claim), related, ConflictMessage.For(primary, others));
    }

    // The same attribution stating the same amount over the same period twice.
    private static Diagnostic Repeat(ClaimMeaning claim, ClaimMeaning earlier) =>
        Diagnostic.Create(DiagnosticDescriptors.StatedTwice, ClaimLocation.Of(claim.Claim),
            [new RelatedLocation(ClaimLocation.Of(earlier.Claim), "first stated here")],
            $"{claim.Attribution} already says {ClaimWording.Describe(earlier)}");
}
