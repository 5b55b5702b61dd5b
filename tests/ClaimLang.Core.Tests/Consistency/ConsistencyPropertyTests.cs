using System.Globalization;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// The consistency engine against an independent oracle on many small random flow groups:
/// every reported set cannot hold and is minimal, every claim of any minimal conflicting set is
/// reported, and a group whose claims can all hold reports nothing.
/// </summary>
public sealed class ConsistencyPropertyTests
{
    private const string Declarations = "source S1\nsource S2\nsource S3\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n";

    [Fact]
    public void Findings_are_exactly_the_minimal_conflicts_the_oracle_finds()
    {
        var random = new Random(20261124);
        int withConflicts = 0;
        for (int run = 0; run < 1000; run++)
        {
            string text = Declarations + string.Join("\n", Enumerable.Range(0, random.Next(2, 7)).Select(_ => RandomClaim(random)));
            var tree = SyntaxTree.ParseText(text, "p.claim");
            var compilation = ClaimCompilation.Create([tree]);
            var model = compilation.GetSemanticModel(tree);
            List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c)!)];
            meanings.ShouldAllBe(m => m != null, text);

            var findings = compilation.GetDiagnostics().Where(d => d.Id is "CL4001" or "CL4002")
                .Select(d => new[] { d.Location }.Concat(d.RelatedLocations.Select(r => r.Location))
                    .Select(l => meanings.FindIndex(m => m.Claim.Span.Start == l.Span.Start)).Order().ToArray())
                .ToList();
            var minimal = FeasibilityOracle.MinimalConflicts(meanings);
            if (minimal.Count > 0) withConflicts++;

            foreach (int[] set in findings)
            {
                FeasibilityOracle.Feasible([.. set.Select(i => meanings[i])]).ShouldBeFalse($"a reported set can hold:\n{text}");
                foreach (int left in set)
                    FeasibilityOracle.Feasible([.. set.Where(i => i != left).Select(i => meanings[i])])
                        .ShouldBeTrue($"a reported set is not minimal:\n{text}");
            }
            var reported = findings.SelectMany(s => s).ToHashSet();
            foreach (int claim in minimal.SelectMany(s => s))
                reported.ShouldContain(claim, $"claim {claim} takes part in a conflict but no finding names it " +
                    $"(findings: {string.Join(" ", findings.Select(f => "{" + string.Join(",", f) + "}"))}; " +
                    $"minimal: {string.Join(" ", minimal.Select(f => "{" + string.Join(",", f) + "}"))}):\n{text}");
            if (minimal.Count == 0) findings.ShouldBeEmpty(text);
        }
        withConflicts.ShouldBeGreaterThan(150, "the generator should make conflicting groups often enough to test something");
    }

    private static string RandomClaim(Random random)
    {
        int start = 2010 + random.Next(4);
        int end = start + random.Next(0, 4 - (start - 2010));
        string period = start == end ? start.ToString(CultureInfo.InvariantCulture) : $"{start}..{end}";
        int a = random.Next(1, 12);
        string amount = random.Next(5) switch
        {
            0 => $"{a}e9 USD",
            1 => $"{a}..{a + random.Next(1, 6)} billion USD",
            2 => $">= {a}e9 USD",
            3 => $"<= {a}e9 USD",
            _ => $"{a}e9 USD/yr",
        };
        return $"source S{random.Next(1, 4)} says A -> B aid {amount} {period}";
    }
}
