using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// A stage keeps at most <see cref="DiagnosticLimit.PerFileAndStage"/> diagnostics of a file whole
/// and only the code and place of the rest, and the compilation still counts every one exactly:
/// with configured severities, suppression comments, and with codes switched off left out.
/// </summary>
public sealed class DiagnosticLimitTests
{
    private const int Limit = DiagnosticLimit.PerFileAndStage;

    private static string Junk(int badCharacters) => string.Concat(Enumerable.Range(0, badCharacters).Select(i => i % 40 == 39 ? "$\n" : "$ "));

    // Each claim names an undeclared source: one CL1001 per claim.
    private static string UndeclaredSources(int claims, string? before = null) =>
        "entity Iran \"Iran\"\nentity Syria \"Syria\"\n" +
        string.Concat(Enumerable.Range(0, claims).Select(i => $"{before}source S{i} says Iran -> Syria 36e9 USD 2011\n"));

    private static ClaimCompilation Compile(string text, SeverityPolicy? severities = null)
    {
        var tree = SyntaxTree.ParseText(SourceText.From(text), "a.claim");
        var options = severities is null ? CompilationOptions.Default : CompilationOptions.Default with { Severities = severities };
        return ClaimCompilation.Create([tree], options);
    }

    private static SeverityPolicy Policy(string code, SeverityOption option) => new(ImmutableDictionary<string, SeverityOption>.Empty.Add(code, option));

    [Fact]
    public void A_file_of_junk_keeps_the_limit_whole_and_counts_the_rest()
    {
        ClaimCompilation compilation = Compile(Junk(Limit + 2345));

        compilation.GetDiagnostics().Length.ShouldBe(Limit);
        compilation.GetDiagnostics().ShouldAllBe(d => d.Id == "CL0003");
        // The ones kept are the first in the file.
        compilation.GetDiagnostics()[^1].Location.Span.Start.ShouldBe(2 * (Limit - 1));
        compilation.GetOmittedDiagnostics().ShouldBe([new OmittedDiagnosticCount(compilation.SyntaxTrees[0].Document, "CL0003", DiagnosticSeverity.Error, false, 2345)]);
    }

    [Fact]
    public void Up_to_the_limit_nothing_is_omitted()
    {
        ClaimCompilation compilation = Compile(Junk(Limit));

        compilation.GetDiagnostics().Length.ShouldBe(Limit);
        compilation.GetOmittedDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Omitted_diagnostics_take_the_configured_severity_and_a_code_switched_off_is_not_counted()
    {
        Compile(Junk(Limit + 10), Policy("CL0003", SeverityOption.Warning)).GetOmittedDiagnostics().ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(c => c.Severity.ShouldBe(DiagnosticSeverity.Warning), c => c.Count.ShouldBe(10));
        Compile(Junk(Limit + 10), Policy("CL0003", SeverityOption.None)).GetOmittedDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void The_checks_of_names_keep_the_limit_too_and_count_the_rest()
    {
        ClaimCompilation compilation = Compile(UndeclaredSources(Limit + 500));

        compilation.GetDiagnostics().Count(d => d.Id == "CL1001").ShouldBe(Limit);
        compilation.GetOmittedDiagnostics().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Code.ShouldBe("CL1001"), c => c.Count.ShouldBe(500), c => c.IsSuppressed.ShouldBeFalse());
    }

    [Fact]
    public void The_checks_of_the_whole_project_keep_the_limit_of_each_file_and_count_the_rest()
    {
        string unused = string.Concat(Enumerable.Range(0, Limit + 70).Select(i => $"entity E{i} \"E{i}\"\n"));
        var trees = new[] { SyntaxTree.ParseText(unused, "a.claim"), SyntaxTree.ParseText("entity Alone \"Alone\"\n", "b.claim") };
        ClaimCompilation compilation = ClaimCompilation.Create(trees);

        compilation.GetDiagnostics().Count(d => d.Id == "CL1004" && d.Location.FilePath == "a.claim").ShouldBe(Limit);
        compilation.GetDiagnostics().Count(d => d.Id == "CL1004" && d.Location.FilePath == "b.claim").ShouldBe(1);
        compilation.GetOmittedDiagnostics().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.FilePath.ShouldBe("a.claim"), c => c.Code.ShouldBe("CL1004"), c => c.Severity.ShouldBe(DiagnosticSeverity.Warning), c => c.Count.ShouldBe(70));
    }

    [Fact]
    public void The_consistency_check_lists_the_limit_of_a_file_as_diagnostics_and_the_dataset_keeps_every_finding()
    {
        // Each claim a thousand times the one before it about the same flow and year: every pair conflicts.
        string claims = "source S \"S\"\nentity Iran \"Iran\"\nentity Syria \"Syria\"\n"
            + string.Concat(Enumerable.Range(0, Limit + 300).Select(i => $"source S says Iran -> Syria {(i % 2 == 0 ? "1e6" : "1e9")} USD 2011-{1 + i % 12:00}\n"));
        ClaimCompilation compilation = Compile(claims);

        int findings = compilation.GetFindings().Length;
        findings.ShouldBeGreaterThan(Limit);
        compilation.GetDiagnostics().Count(d => d.Id.StartsWith("CL4", StringComparison.Ordinal)).ShouldBe(Limit);
        compilation.GetOmittedDiagnostics().Where(c => c.Code.StartsWith("CL4", StringComparison.Ordinal)).Sum(c => c.Count).ShouldBe(findings - Limit);
        ClaimLang.Emit.DatasetBuilder.Build(compilation).Conflicts.Length.ShouldBe(findings);
    }

    [Fact]
    public void Names_declared_again_past_the_limit_are_counted_not_kept()
    {
        string duplicates = string.Concat(Enumerable.Range(0, Limit + 50).Select(_ => "entity A \"A\"\n"));
        ClaimCompilation compilation = Compile(duplicates);

        compilation.GetDiagnostics().Count(d => d.Id == "CL1002").ShouldBe(Limit);
        compilation.GetOmittedDiagnostics().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Code.ShouldBe("CL1002"), c => c.Severity.ShouldBe(DiagnosticSeverity.Error), c => c.Count.ShouldBe(49));
    }

    [Fact]
    public void An_omitted_diagnostic_under_a_suppression_comment_is_counted_as_suppressed()
    {
        ClaimCompilation compilation = Compile(UndeclaredSources(Limit + 500, before: "// claimlang-ignore CL1001 sources still to declare\n"));

        compilation.GetDiagnostics().Where(d => d.Id == "CL1001").ShouldAllBe(d => d.IsSuppressed);
        compilation.GetOmittedDiagnostics().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Count.ShouldBe(500), c => c.IsSuppressed.ShouldBeTrue());
    }

    [Fact]
    public void A_check_in_parallel_runs_keeps_the_same_first_diagnostics_as_one_run()
    {
        // Above the threshold a large file is checked in runs of members on all cores.
        ClaimCompilation compilation = Compile(UndeclaredSources(TreeChecker.ParallelThreshold * 2));

        var kept = compilation.GetDiagnostics().Where(d => d.Id == "CL1001").ToList();
        kept.Count.ShouldBe(Limit);
        kept[^1].Message.ShouldContain($"'S{Limit - 1}'");
        compilation.GetOmittedDiagnostics().Single().Count.ShouldBe(TreeChecker.ParallelThreshold * 2 - Limit);
    }

    [Fact]
    public void An_edit_of_a_file_with_omitted_diagnostics_is_parsed_whole_and_counted_again()
    {
        string text = Junk(Limit + 100) + "entity Iran \"Iran\"\n";
        var tree = SyntaxTree.ParseText(SourceText.From(text), "a.claim");
        int at = text.IndexOf("Iran", StringComparison.Ordinal);

        SyntaxTree edited = tree.WithChange(new TextChange(new TextSpan(at, 4), "Iraq"));

        edited.Diagnostics.Length.ShouldBe(Limit);
        edited.OmittedDiagnostics.Length.ShouldBe(100);
        edited.ToFullString().ShouldContain("entity Iraq");
    }
}
