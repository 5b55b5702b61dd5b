using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// Every promise of the formatter (<see cref="FormattingInvariants"/>: idempotent, every token on
/// its line, comments and line count kept, only whitespace changed) on the repository's
/// examples, on generated files in every form the grammar allows, and on near-valid files; and a
/// file with syntax errors always comes back untouched, with the errors that stopped it.
/// </summary>
public sealed class FormattingPropertyTests
{
    public static TheoryData<string> ExampleFiles() => [.. SourceFiles.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_files_keep_every_promise(string relativePath) =>
        FormattingInvariants.Check(SourceFiles.ReadExample(relativePath));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_bundled_examples_are_in_canonical_layout(string relativePath)
    {
        FormattingResult result = ClaimFormatter.Format(SyntaxTree.ParseText(SourceFiles.ReadExample(relativePath), relativePath));
        result.IsChanged.ShouldBeFalse($"{relativePath} is not in canonical layout: run claimc fmt examples");
    }

    [Fact]
    public void Generated_files_keep_every_promise() =>
        ValidFiles.File.Sample(file => { FormattingInvariants.Check(file.Text); }, iter: 1000);

    [Fact]
    public void Near_valid_files_are_formatted_when_they_parse_and_left_alone_when_they_do_not()
    {
        int formatted = 0, leftAlone = 0;
        Mutations.Of(ValidFiles.File.Select(f => f.Text)).Sample(mutated =>
        {
            if (FormatOrLeaveAlone(mutated.Text)) Interlocked.Increment(ref formatted);
            else Interlocked.Increment(ref leftAlone);
        }, iter: 3000);
        // Both ways must really be taken for the test to say anything about them.
        formatted.ShouldBeGreaterThan(100);
        leftAlone.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Near_valid_examples_are_formatted_when_they_parse_and_left_alone_when_they_do_not()
    {
        string[] examples = [.. SourceFiles.ExampleFiles().Select(SourceFiles.ReadExample)];
        examples.ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");
        Mutations.Of(Gen.OneOf(examples)).Sample(mutated => { FormatOrLeaveAlone(mutated.Text); }, iter: 1000);
    }

    [Theory]
    [MemberData(nameof(ParserBaselinesWithErrors))]
    public void A_file_with_syntax_errors_comes_back_unchanged_with_its_errors(string name)
    {
        string text = SourceFiles.Read(Path.Combine(RepositoryLayout.BaselinesFolder, name + ".claim"));
        SyntaxTree tree = SyntaxTree.ParseText(text);

        FormattingResult result = ClaimFormatter.Format(tree);

        tree.Diagnostics.ShouldNotBeEmpty();
        result.IsFormatted.ShouldBeFalse();
        result.IsChanged.ShouldBeFalse();
        result.Text.ShouldBeSameAs(text);
        result.Changes.ShouldBeEmpty();
        result.SyntaxErrors.ShouldBe(tree.Diagnostics);
    }

    // The parser's samples of every syntax error (CL0001 to CL0005, and recovery).
    public static TheoryData<string> ParserBaselinesWithErrors() =>
        [.. Directory.EnumerateFiles(RepositoryLayout.BaselinesFolder, "*.claim")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !name.StartsWith("valid-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    // True when the text parsed without errors and was formatted.
    private static bool FormatOrLeaveAlone(string text)
    {
        SyntaxTree tree = SyntaxTree.ParseText(text);
        if (tree.Diagnostics.IsEmpty)
        {
            FormattingInvariants.Check(text);
            return true;
        }
        FormattingResult result = ClaimFormatter.Format(tree);
        result.IsFormatted.ShouldBeFalse();
        result.Text.ShouldBeSameAs(text);
        result.Changes.ShouldBeEmpty();
        result.SyntaxErrors.ShouldBe(tree.Diagnostics);
        return false;
    }
}
