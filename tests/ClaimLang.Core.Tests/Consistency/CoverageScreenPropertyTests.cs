using System.Globalization;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// The coverage search of groups larger than the brute-force oracle can take (beyond the 500
/// claims the search was once limited to): skipping the claims the screen passes must change
/// nothing, so the findings must equal those of the same search testing every claim; and each
/// of them must be a set the oracle finds cannot hold and minimal.
/// </summary>
public sealed class CoverageScreenPropertyTests
{
    private const string Declarations = "source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n";

    [Fact]
    public void Screening_claims_changes_no_finding_in_groups_of_hundreds()
    {
        var random = new Random(20261126);
        int findings = 0;
        for (int run = 0; run < 2; run++)
        {
            List<ClaimMeaning> meanings = Group(random, 520 + random.Next(80), out string text);
            // Both searches spend the same number of tests on consistent sets, a budget these
            // groups reach, and neither runs out of steps (screening saves steps, which would let
            // it go further); so any difference is a claim the screen passed that conflicts.
            const int Tests = 400;
            List<int[]> screened = new FlowGroupChecker(screening: true, searchWork: long.MaxValue / 2, searchTests: Tests).FindConflicts(meanings, nonNegative: true);
            List<int[]> tested = new FlowGroupChecker(screening: false, searchWork: long.MaxValue / 2, searchTests: Tests).FindConflicts(meanings, nonNegative: true);

            Describe(screened).ShouldBe(Describe(tested), $"run {run}: the screen passed a claim that conflicts");
            foreach (int[] set in screened)
            {
                FeasibilityOracle.Feasible([.. set.Select(i => meanings[i])]).ShouldBeFalse($"a reported set can hold:\n{text}");
                foreach (int left in set)
                    FeasibilityOracle.Feasible([.. set.Where(i => i != left).Select(i => meanings[i])]).ShouldBeTrue($"a reported set is not minimal:\n{text}");
            }
            findings += screened.Count;
        }
        findings.ShouldBeGreaterThan(10, "the generator should make conflicts to cover");
    }

    private static string Describe(List<int[]> sets) => string.Join(" ", sets.Select(s => "{" + string.Join(",", s) + "}"));

    // Yearly claims of a true series over 1801..2000 and longer totals over runs of years,
    // each rounded to three digits, a few of them pushed far out: many claims hold, and each
    // pushed claim conflicts with several others, so setting one claim aside hides others.
    private static List<ClaimMeaning> Group(Random random, int count, out string text)
    {
        double perYear = random.Next(1, 100) * 1e9;
        var lines = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int start = 1801 + random.Next(200), end = Math.Min(2000, start + random.Next(random.Next(2) == 0 ? 1 : 6));
            double factor = random.Next(250) switch { 0 => 30, 1 => 0.02, _ => 1 };
            string amount = (perYear * (end - start + 1) * factor).ToString("0.00e0", CultureInfo.InvariantCulture);
            string period = start == end ? start.ToString(CultureInfo.InvariantCulture) : $"{start}..{end}";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"source S{1 + random.Next(2)} says A -> B aid {amount} USD {period}"));
        }
        text = Declarations + string.Join("\n", lines);
        var tree = SyntaxTree.ParseText(text, "screen.claim");
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        return [.. tree.Root.Claims.Select(c => model.GetMeaning(c) ?? throw new InvalidOperationException("a generated claim has an error"))];
    }
}
