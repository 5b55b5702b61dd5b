using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Fidelity;

/// <summary>Every .claim file under examples/ parses faithfully and, being an example of valid syntax, without syntax errors.</summary>
public sealed class ExampleFilesTests
{
    public static TheoryData<string> ExampleFiles() => [.. SourceFiles.ExampleFiles()];

    [Fact]
    public void The_examples_folder_holds_claim_files() =>
        SourceFiles.ExampleFiles().ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_round_trips_with_full_fidelity(string relativePath)
    {
        string text = SourceFiles.ReadExample(relativePath);
        FullFidelity.ParseAndCheck(text, "examples/" + relativePath);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_has_no_syntax_errors(string relativePath) => Parse.Valid(SourceFiles.ReadExample(relativePath));
}
