using System.Text.RegularExpressions;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>
/// The code blocks of LANGUAGE.md that show ClaimLang (sections 3, 4 and 9) are valid syntax,
/// with LF and with CRLF line endings. The block that shows the grammar itself is left out.
/// </summary>
public sealed partial class SpecificationExamplesTests
{
    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static List<string> ClaimLangBlocks()
    {
        string spec = SpecificationFile.Read().Replace("\r\n", "\n");
        return [.. CodeBlock().Matches(spec)
            .Where(m => m.Groups["language"].Value.Length == 0 && !m.Groups["code"].Value.Contains("[LABEL"))
            .Select(m => m.Groups["code"].Value)];
    }

    [Fact]
    public void The_specification_shows_declarations_claims_and_the_encoded_article() =>
        ClaimLangBlocks().Count.ShouldBe(3, "LANGUAGE.md sections 3, 4 and 9 each show one block of ClaimLang");

    [Theory]
    [InlineData(0, "\n")]
    [InlineData(1, "\n")]
    [InlineData(2, "\n")]
    [InlineData(0, "\r\n")]
    [InlineData(1, "\r\n")]
    [InlineData(2, "\r\n")]
    public void Every_example_block_is_valid_syntax(int index, string lineBreak) =>
        Parse.Valid(ClaimLangBlocks()[index].Replace("\n", lineBreak));

    [Fact]
    public void The_encoded_article_has_ten_declarations_and_six_labelled_claims()
    {
        CompilationUnitSyntax root = Parse.Valid(ClaimLangBlocks()[2]).Root;
        root.Declarations.Count().ShouldBe(10);
        root.Claims.Select(c => c.Label?.Identifier.Text).ShouldBe(["bbc_6y", "bbc_2y", "mistura", "shehadi", "heydemann", "jcpa"]);
    }
}
