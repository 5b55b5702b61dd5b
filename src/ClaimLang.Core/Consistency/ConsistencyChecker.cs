using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Consistency;

/// <summary>
/// Finds every set of claims that cannot all be true (docs/language.md, "Meaning"): flow groups as
/// difference constraints (<see cref="FlowGroupChecker"/>), level groups by equal periods with
/// disjoint intervals (<see cref="LevelGroupChecker"/>); each finding a minimal set, CL4001
/// across attributions, CL4002 within one; and CL4003 when an attribution states the same thing
/// twice. Retracted and disputed claims take no part. The primary location is the set's last
/// claim (file, then position).
/// </summary>
internal static class ConsistencyChecker
{
    // Below this many claims one thread does it all: starting a second costs more than it saves.
    private const int ClaimsPerWorker = 20_000;

    /// <param name="searchWork">The steps the search for claims no finding names may take per group (<see cref="FlowGroupChecker.SearchWork"/>, less in an editor).</param>
    /// <param name="cache">Results of earlier checks of groups that may read the same (an editor's line of compilations); null to check every group.</param>
    public static ImmutableArray<ConsistencyFinding> Check(IEnumerable<ClaimMeaning> meanings, SymbolTable symbols, long searchWork = FlowGroupChecker.SearchWork,
        GroupResultCache? cache = null)
    {
        int check = cache?.StartCheck() ?? 0;
        ImmutableArray<ConsistencyFinding> findings = CheckGroups(ClaimGroups.Of(meanings), symbols, workerCount: null, searchWork, cache, check);
        cache?.EndCheck(check);
        return findings;
    }

    /// <summary>With <paramref name="workers"/> given, that many runs of groups whatever the size (for tests).</summary>
    internal static ImmutableArray<ConsistencyFinding> Check(IEnumerable<ClaimMeaning> meanings, SymbolTable symbols, int workers) =>
        CheckGroups(ClaimGroups.Of(meanings), symbols, workers, FlowGroupChecker.SearchWork, cache: null, check: 0);

    private static ImmutableArray<ConsistencyFinding> CheckGroups(ClaimGroups groups, SymbolTable symbols, int? workerCount, long searchWork,
        GroupResultCache? cache, int check)
    {
        // Groups are independent: consecutive runs of groups, about equal in claims, are checked
        // on several cores, and their findings joined in group order, so the output is the same.
        int claimCount = groups.GroupStart[groups.Count];
        int workers = workerCount ?? Math.Clamp(claimCount / ClaimsPerWorker, 1, Environment.ProcessorCount);
        int[] bounds = SplitGroups(groups, workers);
        var found = new List<ConsistencyFinding>[workers];
        if (workers == 1) found[0] = new GroupRangeChecker(symbols, searchWork, cache, check).Check(groups, 0, groups.Count);
        else Parallel.For(0, workers, w => found[w] = new GroupRangeChecker(symbols, searchWork, cache, check).Check(groups, bounds[w], bounds[w + 1]));

        var findings = ImmutableArray.CreateBuilder<ConsistencyFinding>(found.Sum(f => f.Count));
        foreach (List<ConsistencyFinding> part in found) findings.AddRange(part);
        return findings.MoveToImmutable();
    }

    // Group indices where each worker's run starts, the last entry being the group count.
    private static int[] SplitGroups(ClaimGroups groups, int workers)
    {
        int[] bounds = new int[workers + 1];
        int total = groups.GroupStart[groups.Count];
        int g = 0;
        for (int w = 1; w < workers; w++)
        {
            long target = (long)total * w / workers;
            while (g < groups.Count && groups.GroupStart[g] < target) g++;
            bounds[w] = g;
        }
        bounds[workers] = groups.Count;
        return bounds;
    }

    /// <param name="cache">Where the words of findings about claims that read the same were kept, to be used again; null to word each anew.</param>
    internal static ConsistencyFinding Finding(List<ClaimMeaning> claims, int[] set, GroupResultCache? cache = null)
    {
        ClaimMeaning primary = claims[set[^1]];
        var members = new ClaimMeaning[set.Length];
        bool oneSource = true;
        for (int k = 0; k < set.Length - 1; k++)
        {
            ClaimMeaning other = claims[set[k]];
            members[k] = other;
            oneSource &= string.Equals(other.Attribution, primary.Attribution, StringComparison.Ordinal);
        }
        members[^1] = primary;
        DiagnosticDescriptor descriptor = oneSource ? DiagnosticDescriptors.SourceContradictsItself : DiagnosticDescriptors.SourcesDisagree;
        ImmutableArray<ClaimMeaning> all = [.. members];
        return new ConsistencyFinding(descriptor, all, new Lazy<(string, ImmutableArray<string>)>(() => cache is null ? Words() : cache.WordsOf(descriptor, all, Words)));

        (string, ImmutableArray<string>) Words()
        {
            ImmutableArray<string> othersSay = [.. all[..^1].Select(ClaimWording.Says)];
            return (ConflictMessage.For(primary, all[..^1], othersSay), othersSay);
        }
    }

    // The same attribution stating the same amount over the same period twice.
    internal static ConsistencyFinding Repeat(ClaimMeaning claim, ClaimMeaning earlier) =>
        new(DiagnosticDescriptors.StatedTwice, [earlier, claim], new Lazy<(string, ImmutableArray<string>)>(() =>
            ($"{claim.Attribution} already says {ClaimWording.Describe(earlier)}", ["first stated here"])));
}
