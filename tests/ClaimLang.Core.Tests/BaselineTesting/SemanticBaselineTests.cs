using System.Text;
using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.BaselineTesting;

/// <summary>
/// Each sample in SemanticBaselines/ is compiled as a project of one file and all its
/// diagnostics compared with the expected file beside it (see SemanticBaselines/README.md;
/// CLAIMLANG_UPDATE_BASELINES=1 rewrites them).
/// </summary>
public sealed class SemanticBaselineTests
{
    private static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "ClaimLang.Core.Tests", "SemanticBaselines");

    private static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(Folder, "*.claim").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Samples() => [.. SampleNames()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_matches_its_baseline(string name)
    {
        string input = SourceFiles.Read(Path.Combine(Folder, name + ".claim"));
        var compilation = ClaimCompilation.Create([SyntaxTree.ParseText(input, name + ".claim")]);
        string actual = Format(compilation.GetDiagnostics());
        string expectedPath = Path.Combine(Folder, name + ".diagnostics.txt");

        if (Environment.GetEnvironmentVariable("CLAIMLANG_UPDATE_BASELINES") == "1")
        {
            SourceFiles.Write(expectedPath, actual);
            return;
        }
        File.Exists(expectedPath).ShouldBeTrue($"SemanticBaselines/{name}.diagnostics.txt is missing; see SemanticBaselines/README.md");
        string expected = SourceFiles.Read(expectedPath);
        if (expected != actual)
        {
            Assert.Fail($"The diagnostics of SemanticBaselines/{name}.claim differ from its baseline.\n\n" +
                LineDiff.Unified(expected, actual, "expected", "actual") +
                "\nIf the new output is right, regenerate (SemanticBaselines/README.md) and review the diff.");
        }
    }

    [Fact]
    public void Every_check_code_of_names_values_units_and_time_is_exercised()
    {
        var reported = SampleNames()
            .SelectMany(name => SourceFiles.Read(Path.Combine(Folder, name + ".diagnostics.txt")).Split('\n'))
            .ToList();
        foreach (string code in DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id[2] is '1' or '2' or '3'))
            reported.ShouldContain(line => line.Contains($" {code}: ", StringComparison.Ordinal), $"no semantic baseline reports {code}");
    }

    private static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (Diagnostic d in diagnostics)
        {
            text.Append(Span(d.Location)).Append(": ").Append(d.Severity.ToText()).Append(' ').Append(d.Id).Append(": ").Append(d.Message);
            if (d.IsSuppressed) text.Append(" [suppressed: ").Append(d.Justification).Append(']');
            text.Append('\n');
            foreach (RelatedLocation related in d.RelatedLocations)
                text.Append("    ").Append(Span(related.Location)).Append(": ").Append(related.Message).Append('\n');
        }
        return text.ToString();
    }

    private static string Span(Location location) =>
        $"({location.Start.Line + 1},{location.Start.Character + 1})-({location.End.Line + 1},{location.End.Character + 1})";
}
