using System.Globalization;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// Flow groups with many more period boundaries than the claims of any conflict, where the
/// engine shrinks a conflict by testing its claims on a graph of their own boundaries: every
/// finding must still be a set that cannot hold and is minimal, by the independent oracle.
/// </summary>
public sealed class LargeFlowGroupPropertyTests
{
    private const string Declarations = "source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n";

    [Fact]
    public void Findings_in_groups_of_many_periods_cannot_hold_and_are_minimal()
    {
        var random = new Random(20261125);
        int findings = 0;
        for (int run = 0; run < 40; run++)
        {
            string text = Declarations + string.Join("\n", Claims(random));
            var tree = SyntaxTree.ParseText(text, "large.claim");
            var compilation = ClaimCompilation.Create([tree]);
            var model = compilation.GetSemanticModel(tree);
            List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c)!)];
            meanings.ShouldAllBe(m => m != null, text);

            foreach (var finding in compilation.GetDiagnostics().Where(d => d.Id is "CL4001" or "CL4002"))
            {
                findings++;
                int[] set = [.. new[] { finding.Location }.Concat(finding.RelatedLocations.Select(r => r.Location))
                    .Select(l => meanings.FindIndex(m => m.Claim.Span.Start == l.Span.Start))];
                FeasibilityOracle.Feasible([.. set.Select(i => meanings[i])]).ShouldBeFalse($"a reported set can hold:\n{text}");
                foreach (int left in set)
                    FeasibilityOracle.Feasible([.. set.Where(i => i != left).Select(i => meanings[i])]).ShouldBeTrue($"a reported set is not minimal:\n{text}");
            }
        }
        findings.ShouldBeGreaterThan(40, "the generator should make conflicts to test");
    }

    // 40 claims of a true daily amount over periods of random days in 2011..2012, rounded to
    // three digits, and three of them pushed far out: many boundaries, small conflicts.
    private static IEnumerable<string> Claims(Random random)
    {
        var first = new DateOnly(2011, 1, 1);
        double perDay = random.Next(1, 100) * 1e6;
        for (int i = 0; i < 40; i++)
        {
            int a = random.Next(730), b = random.Next(730);
            DateOnly start = first.AddDays(Math.Min(a, b)), end = first.AddDays(Math.Max(a, b));
            double total = perDay * (end.DayNumber - start.DayNumber + 1) * (i % 13 == 5 ? random.Next(2) == 0 ? 50 : 0.02 : 1);
            string amount = total.ToString("0.00e0", CultureInfo.InvariantCulture);
            yield return string.Create(CultureInfo.InvariantCulture, $"source S{1 + random.Next(2)} says A -> B aid {amount} USD {start:yyyy-MM-dd}..{end:yyyy-MM-dd}");
        }
    }
}
