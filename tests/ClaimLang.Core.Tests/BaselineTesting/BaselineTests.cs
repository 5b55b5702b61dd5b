using System.Text;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.BaselineTesting;

/// <summary>
/// Baseline tests: each sample in Baselines/ is parsed, and its tree dump and diagnostics are
/// compared with the expected files beside it. The expected files are the reviewed record of
/// the parser's behaviour. With CLAIMLANG_UPDATE_BASELINES=1 the test rewrites them in the
/// source folder instead (see Baselines/README.md); review the change with git diff.
/// </summary>
public sealed class BaselineTests
{
    private const string UpdateVariable = "CLAIMLANG_UPDATE_BASELINES";
    private const string UpdateCommand =
        UpdateVariable + "=1 dotnet test tests/ClaimLang.Core.Tests --filter \"FullyQualifiedName~BaselineTests\"";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static TheoryData<string> Samples() => [.. BaselineSample.All()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_matches_its_baselines(string name)
    {
        var sample = new BaselineSample(name);
        string input = SourceFiles.Read(sample.InputPath);
        SyntaxTree tree = FullFidelity.ParseAndCheck(input, name + ".claim");
        string syntax = SyntaxTreeDumper.Dump(tree);
        string diagnostics = DiagnosticFormatter.FormatAll(tree.Diagnostics);

        if (Updating)
        {
            SourceFiles.Write(sample.SyntaxPath, syntax);
            SourceFiles.Write(sample.DiagnosticsPath, diagnostics);
            return;
        }

        string failures = Compare(sample.SyntaxPath, syntax) + Compare(sample.DiagnosticsPath, diagnostics);
        if (failures.Length > 0)
        {
            Assert.Fail($"The parser's output for Baselines/{name}.claim differs from its baselines.\n\n{failures}" +
                $"If the new output is right, regenerate the baselines from the repository root and review the diff:\n  {UpdateCommand}\n");
        }
    }

    [Fact]
    public void There_are_samples_and_at_least_two_use_CRLF_line_endings()
    {
        var names = BaselineSample.All();
        names.Count.ShouldBeGreaterThanOrEqualTo(10, $"expected the samples in {RepositoryLayout.BaselinesFolder}");
        // Git must not normalise these (Baselines/.gitattributes says -text): CRLF is part of what they test.
        names.Count(n => SourceFiles.Read(new BaselineSample(n).InputPath).Contains("\r\n", StringComparison.Ordinal))
            .ShouldBeGreaterThanOrEqualTo(2, "samples stored with CRLF line endings");
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_sample()
    {
        var samples = BaselineSample.All().ToHashSet(StringComparer.Ordinal);
        Directory.EnumerateFiles(RepositoryLayout.BaselinesFolder, "*.txt")
            .Select(Path.GetFileName)
            .Where(file => !samples.Contains(file!.Replace(".syntax.txt", "").Replace(".diagnostics.txt", "")))
            .ShouldBeEmpty("expected files without a NAME.claim sample (delete them or restore the sample)");
    }

    private static string Compare(string expectedPath, string actual)
    {
        string fileName = Path.GetFileName(expectedPath);
        if (!File.Exists(expectedPath))
            return $"Baselines/{fileName} does not exist.\n\n";
        string expected = SourceFiles.Read(expectedPath);
        if (expected == actual) return "";
        var builder = new StringBuilder();
        builder.Append(LineDiff.Unified(expected, actual, $"Baselines/{fileName} (expected)", $"Baselines/{fileName} (actual)"));
        builder.Append('\n');
        return builder.ToString();
    }
}
