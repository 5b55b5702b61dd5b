using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// In an editor the consistency check reuses the results of groups an edit left as they were
/// (<see cref="GroupResultCache"/>). After any run of edits, what it finds must be exactly what
/// a fresh check of the same text finds: the same findings, ids and words, in the same order.
/// </summary>
public sealed class GroupResultCacheTests
{
    private const string Declarations = """
        source A "A"
        source B "B"
        source C "C"
        entity X "X"
        entity Y "Y"
        entity Z "Z"
        metric stock "Stock" { kind level  unit USD }

        """;

    private static readonly CompilationOptions Editor = CompilationOptions.Default with { Interactive = true };

    private static string Claim(Random random)
    {
        string source = "ABC"[random.Next(3)].ToString();
        string subject = random.Next(4) switch { 0 => "X -> Y", 1 => "X -> Z", 2 => "Y -> Z", _ => "Z stock" };
        string amount = random.Next(5) switch
        {
            0 => $"{random.Next(1, 9)}e9",
            1 => $"{random.Next(1, 5)}e9..{random.Next(5, 9)}e9",
            2 => $">= {random.Next(1, 9)}e9",
            3 => $"~{random.Next(1, 9)}e9",
            _ => $"{random.Next(1, 9)}e8/yr",
        };
        int year = 2010 + random.Next(6);
        string period = random.Next(3) switch { 0 => $"{year}", 1 => $"{year}..{year + random.Next(1, 4)}", _ => $"{year}-{random.Next(1, 13):00}" };
        return $"source {source} says {subject} {amount} USD {period}";
    }

    private static string Edit(string text, Random random)
    {
        string[] lines = text.Split('\n');
        int first = Array.FindIndex(lines, l => l.StartsWith("source ", StringComparison.Ordinal) && l.Contains(" says ", StringComparison.Ordinal));
        int line = first + random.Next(lines.Length - 1 - first);
        var list = lines.ToList();
        switch (random.Next(5))
        {
            case 0: list[line] = Claim(random); break;                             // a claim rewritten
            case 1: list.Insert(line, Claim(random)); break;                       // a claim added
            case 2: if (list.Count - first > 3) list.RemoveAt(line); break;        // a claim removed
            case 3: list[line] = list[line].Replace("source A", "source Ax", StringComparison.Ordinal); break; // an undeclared source: out of the checks
            default: list[line] = list[line].Replace("source Ax", "source A", StringComparison.Ordinal); break; // and back
        }
        return string.Join('\n', list);
    }

    private static string[] Findings(ClaimCompilation compilation) =>
        [.. compilation.GetFindings().Select(f => $"{f.Code} {f.Id} {f.Message}"),
         .. compilation.GetDiagnostics().Select(d => $"{d.Id} {d.Location.Span} {d.Message}")];

    [Fact]
    public void After_any_run_of_edits_the_findings_are_those_of_a_fresh_check()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            string text = Declarations + string.Join('\n', Enumerable.Range(0, 30).Select(_ => Claim(random))) + "\n";
            var tree = SyntaxTree.ParseText(SourceText.From(text), "claims.claim");
            var other = SyntaxTree.ParseText(SourceText.From("source B says X -> Y 5e9 USD 2012\nsource C says Y -> Z 1e9 USD 2011\n"), "other.claim");
            ClaimCompilation compilation = ClaimCompilation.Create([tree, other], Editor);
            _ = compilation.GetDiagnostics();
            for (int step = 0; step < 25; step++)
            {
                text = Edit(text, random);
                var edited = SyntaxTree.ParseText(SourceText.From(text), "claims.claim");
                compilation = compilation.ReplaceSyntaxTree(tree, edited);
                tree = edited;

                ClaimCompilation fresh = ClaimCompilation.Create([tree, other], Editor);
                Findings(compilation).ShouldBe(Findings(fresh), $"seed {seed}, step {step}");
            }
        }
    }

    [Fact]
    public void An_edit_of_one_group_checks_that_group_again_and_reuses_the_others()
    {
        string text = Declarations + """
            source A says X -> Y 5e9 USD 2012
            source B says X -> Y 9e9 USD 2012
            source A says X -> Z 1e9 USD 2012
            source B says X -> Z 3e9 USD 2012
            source A says Y -> Z 1e9 USD 2012
            source C says Y -> Z 1e9 USD 2012

            """;
        var tree = SyntaxTree.ParseText(SourceText.From(text), "claims.claim");
        ClaimCompilation before = ClaimCompilation.Create([tree], Editor);
        _ = before.GetDiagnostics();
        GroupResultCache cache = before.GroupResults.ShouldNotBeNull();
        (int hits, int misses) = (cache.Hits, cache.Misses);
        misses.ShouldBe(3);

        var edited = SyntaxTree.ParseText(SourceText.From(text.Replace("3e9", "4e9", StringComparison.Ordinal)), "claims.claim");
        ClaimCompilation after = before.ReplaceSyntaxTree(tree, edited);
        _ = after.GetDiagnostics();

        after.GroupResults.ShouldBeSameAs(cache);
        (cache.Hits - hits).ShouldBe(2);
        (cache.Misses - misses).ShouldBe(1);
        after.GetFindings().Select(f => f.Id).ShouldBe(ClaimCompilation.Create([edited], Editor).GetFindings().Select(f => f.Id));
    }

    // The results point into the files' texts instead of copying the claims; each use moves them
    // to the newest text, so a group no edit touches keeps no old version of its file alive.
    [Fact]
    public void Kept_results_point_into_no_older_text_than_the_last_checks_read()
    {
        // The X -> Y group and its conflict read the same in every version; only X -> Z changes.
        static string Version(int step) => Declarations + $"""
            source A says X -> Y 5e9 USD 2012
            source B says X -> Y 9e9 USD 2012
            source A says X -> Z 1e9 USD 2012
            source B says X -> Z {step + 3}.5e9 USD 2012

            """;
        var tree = SyntaxTree.ParseText(SourceText.From(Version(0)), "claims.claim");
        ClaimCompilation compilation = ClaimCompilation.Create([tree], Editor);
        _ = compilation.GetDiagnostics();
        var versions = new List<string> { tree.Text.Text };
        for (int step = 1; step <= 8; step++)
        {
            var edited = SyntaxTree.ParseText(SourceText.From(Version(step)), "claims.claim");
            compilation = compilation.ReplaceSyntaxTree(tree, edited);
            tree = edited;
            _ = compilation.GetDiagnostics();
            versions.Add(tree.Text.Text);
        }
        IReadOnlyCollection<string> kept = compilation.GroupResults.ShouldNotBeNull().KeptFileTexts();
        kept.ShouldNotBeEmpty();
        foreach (string file in kept)
            versions.FindLastIndex(v => ReferenceEquals(v, file)).ShouldBeGreaterThanOrEqualTo(versions.Count - 3, "a kept result points into an old version of the file");
    }

    [Fact]
    public void A_check_outside_an_editor_keeps_no_results()
    {
        var tree = SyntaxTree.ParseText(SourceText.From(Declarations + "source A says X -> Y 5e9 USD 2012\nsource B says X -> Y 9e9 USD 2012\n"), "a.claim");

        ClaimCompilation.Create([tree]).GroupResults.ShouldBeNull();
    }
}
