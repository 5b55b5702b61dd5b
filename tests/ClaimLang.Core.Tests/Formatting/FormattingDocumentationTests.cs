using System.Text.RegularExpressions;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Formatting;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>docs/formatting.md shows the layout on an example: the formatter must turn its "Before" into its "After".</summary>
public sealed partial class FormattingDocumentationTests
{
    [Fact]
    public void The_documented_example_formats_as_documented()
    {
        string page = SourceFiles.Read(Path.Combine(RepositoryLayout.Root, "docs", "formatting.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Match example = BeforeAndAfter().Match(page);
        example.Success.ShouldBeTrue("docs/formatting.md shows a Before: and an After: code block");

        string before = example.Groups["before"].Value, after = example.Groups["after"].Value;

        ClaimFormatter.Format(Parse.Valid(before)).Text.ShouldBe(after);
        before.ShouldContain("\t", customMessage: "the example shows a tab becoming spaces");
    }

    [GeneratedRegex("Before:\n\n```\n(?<before>.*?)```\n\nAfter:\n\n```\n(?<after>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BeforeAndAfter();
}
