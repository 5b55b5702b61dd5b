using ClaimLang.Bench.Corpus;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// An editor's compilation (<see cref="CompilationOptions.Interactive"/>) spends less on the
/// search for claims no finding names: on a group where that search reaches its budget it
/// names no more than a check does, and every finding it has a check has too; on a group the
/// search finishes, the findings are the same.
/// </summary>
public sealed class InteractiveBudgetTests
{
    [Fact]
    public void An_editor_names_what_a_check_names_in_a_group_the_search_finishes()
    {
        const string text = "source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n" +
                            "source S1 says A -> B aid 10 USD 2001..2002\nsource S2 says A -> B aid 30 USD 2001\n" +
                            "source S2 says A -> B aid 5 USD 2002\nsource S1 says A -> B aid 1 USD 2003\n";
        Ids(text, interactive: true).ShouldBe(Ids(text, interactive: false));
    }

    [Fact]
    public void An_editor_spends_a_fortieth_of_the_search_on_a_group_where_it_runs_out()
    {
        CompilationOptions.Default.ConsistencySearchWork.ShouldBe(FlowGroupChecker.SearchWork);
        (CompilationOptions.Default with { Interactive = true }).ConsistencySearchWork.ShouldBe(FlowGroupChecker.SearchWork / 40);

        // The editor benchmark's file: every claim about one flow, a few of them written to
        // conflict, so the search for claims no finding names runs until its budget is spent.
        string folder = Path.Combine(Path.GetTempPath(), "claimlang-interactive-" + Guid.NewGuid().ToString("N"));
        List<ClaimLang.Binding.Meaning.ClaimMeaning> meanings;
        try
        {
            BenchmarkCorpus.Write(new CorpusOptions(folder, 3000) { OneFile = true, OneGroup = true });
            var tree = SyntaxTree.ParseText(File.ReadAllText(Path.Combine(folder, "corpus.claim")), "corpus.claim");
            var model = ClaimCompilation.Create([tree]).GetSemanticModel(tree);
            meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c)).OfType<ClaimLang.Binding.Meaning.ClaimMeaning>()
                .Where(m => m.TakesPartInChecks)
                .GroupBy(m => (m.From, m.To, m.Metric, m.Unit)).MaxBy(g => g.Count())!];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var check = new FlowGroupChecker(searchWork: FlowGroupChecker.SearchWork);
        var editor = new FlowGroupChecker(searchWork: FlowGroupChecker.InteractiveSearchWork);
        check.FindConflicts(meanings, nonNegative: true);
        editor.FindConflicts(meanings, nonNegative: true);
        editor.StepsTaken.ShouldBeLessThan(check.StepsTaken - FlowGroupChecker.SearchWork / 2, "the editor's search should stop at its own budget");
    }

    private static string[] Ids(string text, bool interactive)
    {
        var tree = SyntaxTree.ParseText(text, "group.claim");
        var compilation = ClaimCompilation.Create([tree], CompilationOptions.Default with { Interactive = interactive });
        return [.. compilation.GetFindings().Select(f => f.Id)];
    }
}
