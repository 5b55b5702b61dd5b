using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Consistency;

/// <summary>
/// Finds every set of claims that cannot all be true (LANGUAGE.md section 5): flow groups as
/// difference constraints (<see cref="FlowGroupChecker"/>), level groups by equal periods with
/// disjoint intervals; each finding a minimal set, CL4001 across attributions, CL4002 within one;
/// and CL4003 when an attribution states the same thing twice. Retracted and disputed claims
/// take no part. The primary location is the set's last claim (file, then position).
/// </summary>
public static class ConsistencyChecker
{
    public static ImmutableArray<Diagnostic> Check(IEnumerable<ClaimMeaning> meanings, SymbolTable symbols)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var groups = meanings.Where(m => m.TakesPartInChecks)
            .GroupBy(m => new GroupKey(m.From, m.To, m.Metric, m.Unit))
            .OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Unit, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            List<ClaimMeaning> claims = [.. group.OrderBy(m => m.Claim.Tree.FilePath, StringComparer.Ordinal).ThenBy(m => m.Claim.Span.Start)];
            MetricInfo? metric = group.Key.Metric == BuiltInSymbols.Transfer.Name ? BuiltInSymbols.Transfer.MetricInfo : symbols.Lookup(group.Key.Metric)?.MetricInfo;
            if (metric is null || claims.Count < 2) continue;
            List<int[]> conflicts = metric.IsFlow
                ? new FlowGroupChecker(claims, nonNegative: metric.Min is not { Sign: < 0 }).FindConflicts()
                : LevelConflicts(claims);
            foreach (int[] set in conflicts) diagnostics.Add(Finding(set.Select(i => claims[i]).ToList()));
            ReportRepeats(claims, diagnostics);
        }
        return diagnostics.ToImmutable();
    }

    // Levels are not additive: claims about the same period whose intervals do not meet.
    private static List<int[]> LevelConflicts(List<ClaimMeaning> claims)
    {
        var conflicts = new List<int[]>();
        var seen = new HashSet<(int, int)>();
        foreach (var samePeriod in Enumerable.Range(0, claims.Count).GroupBy(i => (claims[i].Period.Start, claims[i].Period.End)))
        {
            int[] members = [.. samePeriod];
            foreach (int i in members)
            {
                // A claim of the same period whose interval does not meet i's.
                int? partner = null;
                foreach (int j in members)
                {
                    if (j == i || claims[i].Amount.Intersects(claims[j].Amount)) continue;
                    partner = j;
                    break;
                }
                if (partner is int p && seen.Add((Math.Min(i, p), Math.Max(i, p)))) conflicts.Add([Math.Min(i, p), Math.Max(i, p)]);
            }
        }
        return conflicts;
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
    private static void ReportRepeats(List<ClaimMeaning> claims, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var first = new Dictionary<(string, DateOnly, DateOnly, RateUnit?, AmountInterval), ClaimMeaning>();
        foreach (ClaimMeaning claim in claims)
        {
            var key = (claim.Attribution, claim.Period.Start, claim.Period.End, claim.RatePer, claim.Amount);
            if (first.TryAdd(key, claim)) continue;
            var earlier = first[key];
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.StatedTwice, claim.Claim.GetLocation(),
                [new RelatedLocation(earlier.Claim.GetLocation(), $"first stated here")],
                $"{claim.Attribution} already says {ClaimWording.Describe(earlier)}"));
        }
    }
}
