using System.Globalization;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// Level groups where one period has more claims than the checker compares pairwise, so it
/// finds each claim's partner by sorting: the pairs must be exactly those of the plain rule
/// (docs/language.md, "Level groups"), in the same order.
/// </summary>
public sealed class LevelGroupPropertyTests
{
    private const string Declarations = "source S1\nentity A\nmetric rate { kind level  unit % }\n";

    // The checker compares every pair up to this many claims of one period (LevelGroupChecker).
    private const int PairwiseLimit = 16;

    private static readonly string[] Periods = ["2018", "2019", "2018-06"];

    // Small numbers in every written form, so that intervals often touch at a rounding edge
    // (5 is 4.5..5.5, 6 is 5.5..6.5) and often miss each other.
    private static readonly Gen<string> Amount = Gen.Int[0, 5].SelectMany(form => Gen.Int[1, 30].SelectMany(a => Gen.Int[0, 8].Select(width => form switch
    {
        0 => $"{a} %",
        1 => $"{a}..{a + width} %",
        2 => $">= {a} %",
        3 => $"<= {a} %",
        4 => $"~{a} %",
        _ => $"{a}.5 %",
    })));

    private static readonly Gen<string[]> Group = Gen.Int[1, 3].SelectMany(periods =>
        Gen.Select(Amount, Gen.Int[0, periods - 1]).Select((amount, period) => $"source S1 says A rate {amount} {Periods[period]}")
            .Array[(PairwiseLimit + 1) * periods, 70]);

    [Fact]
    public void Large_periods_pair_claims_exactly_as_comparing_every_pair_does() =>
        Group.Sample(claims =>
        {
            List<ClaimMeaning> meanings = Meanings(claims);
            meanings.GroupBy(m => m.Period.Start).Max(g => g.Count()).ShouldBeGreaterThan(PairwiseLimit, "the sorted path must be taken");

            List<int[]> found = LevelGroupChecker.FindConflicts(meanings);

            Format(found).ShouldBe(Format(PairwiseConflicts(meanings)));
        }, iter: 300, print: claims => string.Join("\n", claims));

    private static List<ClaimMeaning> Meanings(string[] claims)
    {
        string text = Declarations + string.Join("\n", claims);
        var tree = SyntaxTree.ParseText(text, "levels.claim");
        var model = ClaimCompilation.Create([tree]).GetSemanticModel(tree);
        List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c)!)];
        meanings.ShouldAllBe(m => m != null, text);
        return meanings;
    }

    // The rule in its plainest form: periods in order of first appearance; each claim paired
    // with the first other claim of its period whose interval misses its own; a pair once.
    private static List<int[]> PairwiseConflicts(List<ClaimMeaning> claims)
    {
        var pairs = new List<int[]>();
        var leaders = new List<int>();
        for (int i = 0; i < claims.Count; i++)
            if (!leaders.Any(l => SamePeriod(claims[l], claims[i]))) leaders.Add(i);
        foreach (int leader in leaders)
        {
            var members = Enumerable.Range(0, claims.Count).Where(i => SamePeriod(claims[leader], claims[i])).ToList();
            foreach (int i in members)
            {
                int partner = members.FirstOrDefault(j => j != i && !claims[i].Amount.Intersects(claims[j].Amount), -1);
                if (partner < 0) continue;
                int[] pair = [Math.Min(i, partner), Math.Max(i, partner)];
                if (!pairs.Any(p => p.SequenceEqual(pair))) pairs.Add(pair);
            }
        }
        return pairs;
    }

    private static bool SamePeriod(ClaimMeaning a, ClaimMeaning b) => a.Period.Start == b.Period.Start && a.Period.End == b.Period.End;

    private static string Format(List<int[]> pairs) =>
        string.Join(" ", pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{{{p[0]},{p[1]}}}")));
}
