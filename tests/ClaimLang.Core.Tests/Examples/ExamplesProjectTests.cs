using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Examples;

/// <summary>
/// examples/ is one project (docs/language.md, "Declarations"): <c>claimc check examples</c>
/// compiles every .claim file under it as one compilation with one namespace. Its only
/// findings are the two docs/language.md expects of the reference article ("The reference
/// article, encoded") — Heydemann against BBC Persian's six-year total, Shehadi against de
/// Mistura for 2018 — on its own and within examples/. Every diagnostic the compilation
/// reports counts: as checks are added to the compiler, the examples must keep passing them.
/// </summary>
public sealed class ExamplesProjectTests
{
    private const string ArticleFile = "iran-syria/iran-syria.claim";

    [Fact]
    public void The_examples_folder_compiles_as_one_project_with_only_the_article_s_two_findings()
    {
        var files = ExampleFiles();
        files.ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");

        var compilation = Compile(files);

        compilation.SyntaxTrees.Length.ShouldBe(files.Count);
        Format(compilation).ShouldBe(ArticleFindings);
    }

    [Fact]
    public void The_reference_article_gives_exactly_the_two_findings_the_language_reference_shows()
    {
        var files = ExampleFiles();
        files.ShouldContain(ArticleFile);

        var compilation = Compile([ArticleFile]);

        Format(compilation).ShouldBe(ArticleFindings);
    }

    private static readonly string[] ArticleFindings =
    [
        ArticleFile + "(35,1)-(35,100): warning CL4001: >= 12e9 USD/yr over 2018 (1 year) is >= 11.5e9 USD in total, but de_Mistura says at most 6.5e9 USD over 2018",
        ArticleFile + "(38,1)-(38,112): warning CL4001: 15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC_Persian says at most 36.5e9 USD over 2011..2016, which contains that period",
    ];

    // Paths relative to examples/, with '/' separators, in ordinal order.
    private static List<string> ExampleFiles() =>
        [.. Directory.EnumerateFiles(RepositoryLayout.ExamplesFolder, "*.claim", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryLayout.ExamplesFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static ClaimCompilation Compile(IEnumerable<string> relativePaths) =>
        ClaimCompilation.Create(relativePaths.Select(relativePath =>
            SyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryLayout.ExamplesFolder, relativePath)), relativePath)));

    // "syntax/amounts.claim(19,1)-(19,7): error CL1005: message", so a failure says where and why.
    private static List<string> Format(ClaimCompilation compilation) =>
        [.. compilation.GetDiagnostics().Select(d => $"{d.Location.FilePath}{DiagnosticFormatter.Format(d)}")];
}
