using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// The layout is canonical: it depends only on the tokens, the comments and the line breaks of a
/// file, never on how the spaces within its lines were typed. Two texts that differ only there
/// format to the same text.
/// </summary>
public sealed class CanonicalLayoutTests
{
    [Fact]
    public void Respacing_a_generated_file_does_not_change_its_formatted_text() =>
        ValidFiles.File.SelectMany(file => Respaced.Of(file.Text)).Sample(respaced =>
        {
            FormattingInvariants.Check(respaced.Text).Text.ShouldBe(Format(respaced.Original));
        }, iter: 1000);

    [Fact]
    public void Respacing_an_example_does_not_change_its_formatted_text()
    {
        string[] examples = [.. SourceFiles.ExampleFiles().Select(SourceFiles.ReadExample)];
        examples.ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");
        Gen.OneOf(examples).SelectMany(Respaced.Of).Sample(respaced =>
        {
            FormattingInvariants.Check(respaced.Text).Text.ShouldBe(Format(respaced.Original));
        }, iter: 200);
    }

    private static string Format(string text) => ClaimFormatter.Format(SyntaxTree.ParseText(text)).Text;
}
