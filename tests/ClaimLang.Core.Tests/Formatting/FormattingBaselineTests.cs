using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// Each <c>NAME.claim</c> in Formatting/Baselines/ is formatted and compared with
/// <c>NAME.formatted.claim</c> beside it, byte for byte: the reviewed record of the canonical
/// layout (docs/formatting.md), covering every construct and every place a comment can stand.
/// Every sample also keeps every promise of <see cref="FormattingInvariants"/>. With
/// CLAIMLANG_UPDATE_BASELINES=1 the test writes the expected files instead; review them with git diff.
/// </summary>
public sealed class FormattingBaselineTests
{
    private const string ExpectedSuffix = ".formatted.claim";
    private const string UpdateCommand =
        "CLAIMLANG_UPDATE_BASELINES=1 dotnet test tests/ClaimLang.Core.Tests --filter \"FullyQualifiedName~FormattingBaselineTests\"";

    private static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "ClaimLang.Core.Tests", "Formatting", "Baselines");

    private static bool Updating => Environment.GetEnvironmentVariable("CLAIMLANG_UPDATE_BASELINES") == "1";

    private static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(Folder, "*.claim")
            .Select(Path.GetFileName)
            .Where(file => !file!.EndsWith(ExpectedSuffix, StringComparison.Ordinal))
            .Select(file => file![..^".claim".Length])
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Samples() => [.. SampleNames()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_formats_to_its_baseline(string name)
    {
        string input = SourceFiles.Read(Path.Combine(Folder, name + ".claim"));
        string actual = FormattingInvariants.Check(input).Text;
        string expectedPath = Path.Combine(Folder, name + ExpectedSuffix);

        if (Updating)
        {
            SourceFiles.Write(expectedPath, actual);
            return;
        }
        File.Exists(expectedPath).ShouldBeTrue($"Formatting/Baselines/{name}{ExpectedSuffix} is missing; create it with\n  {UpdateCommand}");
        string expected = SourceFiles.Read(expectedPath);
        if (expected != actual)
        {
            Assert.Fail($"Formatting Formatting/Baselines/{name}.claim gives other text than {name}{ExpectedSuffix}.\n\n" +
                LineDiff.Unified(Visible(expected), Visible(actual), "expected", "actual") +
                $"\nIf the new layout is right, regenerate the baselines from the repository root and review the diff:\n  {UpdateCommand}\n");
        }
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_sample()
    {
        var samples = SampleNames().ToHashSet(StringComparer.Ordinal);
        Directory.EnumerateFiles(Folder, "*" + ExpectedSuffix)
            .Select(path => Path.GetFileName(path)[..^ExpectedSuffix.Length])
            .Where(name => !samples.Contains(name))
            .ShouldBeEmpty("expected files without a NAME.claim sample (delete them or restore the sample)");
    }

    [Fact]
    public void Samples_cover_CRLF_mixed_line_ends_and_a_byte_order_mark()
    {
        // Git must not normalise them (Formatting/Baselines/.gitattributes says -text).
        string[] inputs = [.. SampleNames().Select(name => SourceFiles.Read(Path.Combine(Folder, name + ".claim")))];
        inputs.ShouldContain(text => text.Contains("\r\n", StringComparison.Ordinal) && !text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n'));
        inputs.ShouldContain(text => text.Contains("\r\n", StringComparison.Ordinal) && text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n'));
        inputs.ShouldContain(text => text.StartsWith('\uFEFF'));
    }

    // Carriage returns and tabs are what the layout is about: show them in a diff.
    private static string Visible(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
