using ClaimLang.Bench.Corpus;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// One flow group shaped to make the check work hard (the shapes `claimlang-bench group`
/// writes for bench/groups.sh): the work spent stays within a bound linear in the claims,
/// whatever the shape (before the sweep, a group where most claims conflict cost one search of
/// the group per conflict, and totals beyond doubles one search in exact fractions); every
/// finding cannot hold and is minimal by the independent oracle; and every claim that
/// conflicts with another as a nested pair is named, however early the work ran out.
/// </summary>
public sealed class HostileGroupTests
{
    [Theory]
    [InlineData("conflicting", 3000)]
    [InlineData("same-period", 3000)]
    [InlineData("months", 3000)]
    [InlineData("chain", 3000)]
    [InlineData("huge", 3000)]
    public void Work_stays_linear_and_every_finding_is_a_minimal_conflict(string kind, int claims)
    {
        List<ClaimMeaning> meanings = Meanings(GroupAttack.Write(kind, claims, seed: 7));
        var checker = new FlowGroupChecker();
        List<int[]> conflicts = checker.FindConflicts(meanings, nonNegative: true);

        // The budgets are about 12 million steps for any group plus a few dozen per claim, and
        // the one test of the whole group that crosses a budget is finished.
        checker.StepsTaken.ShouldBeLessThan(25_000_000L + 400L * claims, $"{kind}: the work grows faster than the claims ({checker.StepsTaken} steps)");
        foreach (int[] set in conflicts)
        {
            FeasibilityOracle.Feasible([.. set.Select(i => meanings[i])]).ShouldBeFalse($"{kind}: a reported set can hold: {{{string.Join(",", set)}}}");
            foreach (int left in set)
                FeasibilityOracle.Feasible([.. set.Where(i => i != left).Select(i => meanings[i])]).ShouldBeTrue($"{kind}: a reported set is not minimal: {{{string.Join(",", set)}}}");
        }
        var named = conflicts.SelectMany(set => set).ToHashSet();
        foreach (int claim in InNestedPairs(meanings))
            named.ShouldContain(claim, $"{kind}: claim {claim} conflicts with another as a nested pair but no finding names it");
        if (kind is "conflicting" or "same-period" or "chain") conflicts.Count.ShouldBeGreaterThan(claims / 20, $"{kind}: the shape should conflict");
    }

    [Fact]
    public void A_group_with_totals_beyond_doubles_gets_the_verdicts_of_the_oracle()
    {
        // Small groups, so the oracle can list every minimal conflict: a rate near the largest
        // number per day over years, beside ordinary amounts that conflict among themselves.
        var random = new Random(20261207);
        for (int run = 0; run < 30; run++)
        {
            var lines = new List<string>();
            for (int i = 0; i < 7; i++)
            {
                int start = 2000 + random.Next(6), end = start + random.Next(3);
                string amount = random.Next(3) switch
                {
                    0 => $"{1 + random.Next(17)}e307 USD/day",
                    1 => $"{1 + random.Next(9)}e9 USD",
                    _ => $"<= {1 + random.Next(9)}e9 USD",
                };
                lines.Add($"source S{1 + random.Next(2)} says A -> B aid {amount} {start}..{end}");
            }
            string text = "source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n" + string.Join("\n", lines);
            List<ClaimMeaning> meanings = Meanings(text);
            List<int[]> expected = FeasibilityOracle.MinimalConflicts(meanings);
            List<int[]> found = new FlowGroupChecker().FindConflicts(meanings, nonNegative: true);
            foreach (int[] set in found)
                expected.ShouldContain(e => e.SequenceEqual(set), $"not a minimal conflict: {{{string.Join(",", set)}}}\n{text}");
            var named = found.SelectMany(s => s).ToHashSet();
            foreach (int claim in expected.SelectMany(s => s).Distinct())
                named.ShouldContain(claim, $"claim {claim} is in a minimal conflict that no finding names\n{text}");
        }
    }

    // Claims that conflict with another claim whose period holds theirs or lies inside it,
    // by comparing every two (each claim able to hold alone).
    private static HashSet<int> InNestedPairs(List<ClaimMeaning> claims)
    {
        var totals = claims.Select(c => c.Total).ToArray();
        bool[] alone = [.. totals.Select(HoldsAlone)];
        var found = new HashSet<int>();
        for (int outer = 0; outer < claims.Count; outer++)
        {
            ClaimMeaning o = claims[outer];
            if (!alone[outer] || totals[outer].High is not { } high) continue;
            for (int inner = 0; inner < claims.Count; inner++)
            {
                ClaimMeaning i = claims[inner];
                if (inner == outer || !alone[inner] || o.StartDay > i.StartDay || o.EndDay < i.EndDay) continue;
                if (totals[inner].Low is { } low && high < low)
                {
                    found.Add(outer);
                    found.Add(inner);
                }
            }
        }
        return found;
    }

    private static bool HoldsAlone(AmountInterval total) =>
        total.High is not { } high || (high >= Rational.Zero && (total.Low is not { } low || low <= high));

    private static List<ClaimMeaning> Meanings(string text)
    {
        var tree = SyntaxTree.ParseText(text, "hostile.claim");
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        return [.. tree.Root.Claims.Select(c => model.GetMeaning(c) ?? throw new InvalidOperationException($"a generated claim has an error: {c}"))];
    }
}
