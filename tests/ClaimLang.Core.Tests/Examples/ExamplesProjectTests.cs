using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Examples;

/// <summary>
/// examples/ is one project (LANGUAGE.md section 3): <c>claimc check examples</c> compiles every
/// .claim file under it as one compilation with one namespace, and it must come out clean. The
/// reference article (iran-syria/iran-syria.claim) must also compile clean on its own.
/// Every diagnostic the compilation reports counts: as checks are added to the compiler, the
/// examples must keep passing them.
/// </summary>
public sealed class ExamplesProjectTests
{
    private const string ArticleFile = "iran-syria/iran-syria.claim";

    [Fact]
    public void The_examples_folder_compiles_as_one_project_without_diagnostics()
    {
        var files = ExampleFiles();
        files.ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");

        var compilation = Compile(files);

        compilation.SyntaxTrees.Length.ShouldBe(files.Count);
        Format(compilation).ShouldBeEmpty();
    }

    [Fact]
    public void The_reference_article_compiles_alone_without_diagnostics()
    {
        var files = ExampleFiles();
        files.ShouldContain(ArticleFile);

        var compilation = Compile([ArticleFile]);

        Format(compilation).ShouldBeEmpty();
    }

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
