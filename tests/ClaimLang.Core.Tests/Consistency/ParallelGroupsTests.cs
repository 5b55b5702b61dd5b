using System.Globalization;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// Large projects are checked on several cores, each taking a run of groups: the findings must
/// be exactly those of one thread, in the same order, wherever the runs are cut.
/// </summary>
public sealed class ParallelGroupsTests
{
    [Fact]
    public void Findings_do_not_depend_on_how_many_runs_of_groups_check_them()
    {
        var random = new Random(20261124);
        var tree = SyntaxTree.ParseText(Project(random), "many-groups.claim");
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c)!)];

        string[] alone = Describe(ConsistencyChecker.Check(meanings, compilation.Symbols, workers: 1));
        alone.Length.ShouldBeGreaterThan(20, "the project should have conflicts in many groups");
        foreach (int workers in new[] { 2, 3, 7 })
            Describe(ConsistencyChecker.Check(meanings, compilation.Symbols, workers)).ShouldBe(alone, $"{workers} runs of groups");
    }

    private static string[] Describe(IEnumerable<ConsistencyFinding> findings) =>
        [.. findings.Select(f => f.ToDiagnostic()).Select(d => $"{d.Id} {d.Location.Span.Start} {string.Join(",", d.RelatedLocations.Select(r => r.Location.Span.Start))} {d.Message}")];

    // Thirty entities paired into flows, each with a few claims over overlapping years, some
    // pushed far out, and a level metric with repeats: many small groups, several in conflict.
    private static string Project(Random random)
    {
        var text = new System.Text.StringBuilder("source S1\nsource S2\nsource S3\nmetric aid { kind flow  unit USD }\nmetric share { kind level  unit % }\n");
        for (int e = 0; e < 30; e++) text.Append(CultureInfo.InvariantCulture, $"entity E{e}\n");
        for (int i = 0; i < 600; i++)
        {
            int from = random.Next(30), to = (from + 1 + random.Next(3)) % 30;
            int start = 2010 + random.Next(6), end = start + random.Next(4);
            string source = $"S{1 + random.Next(3)}";
            if (i % 5 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"source {source} says E{from} share {10 * random.Next(4)} % {start}\n");
                continue;
            }
            double total = (end - start + 1) * 1e9 * (random.Next(10) == 0 ? 40 : 1);
            text.Append(CultureInfo.InvariantCulture, $"source {source} says E{from} -> E{to} aid {total:0.0e0} USD {start}..{end}\n");
        }
        return text.ToString();
    }
}
