using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// Formatting never changes what a project means: compiled before and after, every example
/// project and every generated project gives the same diagnostics and the same claim meanings
/// (<see cref="SemanticSnapshot"/>), including projects whose spacing was scrambled first, which
/// is where formatting changes the most.
/// </summary>
public sealed class MeaningKeptTests
{
    [Fact]
    public void Formatting_the_examples_keeps_their_meaning()
    {
        var files = ExampleFiles();

        string before = SemanticSnapshot.Of(Compile(files));
        string after = SemanticSnapshot.Of(Compile(Formatted(files)));

        after.ShouldBe(before);
        // The snapshot must hold what it compares: the article's two findings and every claim's meaning.
        before.ShouldContain("warning CL4001: 15e9..20e9 USD/yr over 2011..2015");
        before.ShouldNotContain("no meaning");
    }

    [Fact]
    public void Formatting_the_examples_with_their_spacing_scrambled_keeps_their_meaning()
    {
        var files = ExampleFiles();
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var respaced = files.Select(file => (file.Path, Respaced.With(file.Text, random.Next()).Text)).ToList();
            SemanticSnapshot.Of(Compile(Formatted(respaced))).ShouldBe(SemanticSnapshot.Of(Compile(respaced)));
        }, iter: 50);
    }

    [Fact]
    public void Formatting_generated_projects_keeps_their_meaning()
    {
        int conflicts = 0, meanings = 0;
        GeneratedProject.Any.Sample(project =>
        {
            string before = SemanticSnapshot.Of(Compile(project.Files));
            SemanticSnapshot.Of(Compile(Formatted(project.Files))).ShouldBe(before);
            if (before.Contains(" CL400", StringComparison.Ordinal)) Interlocked.Increment(ref conflicts);
            if (before.Contains(" total ", StringComparison.Ordinal)) Interlocked.Increment(ref meanings);
        }, iter: 500);
        // The corpus must reach the consistency checks and the meanings for the comparison to say anything.
        conflicts.ShouldBeGreaterThan(50);
        meanings.ShouldBeGreaterThan(400);
    }

    private static List<(string Path, string Text)> ExampleFiles() =>
        [.. SourceFiles.ExampleFiles().Select(path => (path, SourceFiles.ReadExample(path)))];

    private static ClaimCompilation Compile(IEnumerable<(string Path, string Text)> files) =>
        ClaimCompilation.Create(files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));

    private static List<(string Path, string Text)> Formatted(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(file => (file.Path, ClaimFormatter.Format(SyntaxTree.ParseText(file.Text, file.Path)).Text))];
}
