using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Robustness;

/// <summary>The smallest files: empty, blank, a BOM alone, one stray character.</summary>
public sealed class TinyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData(" \t\r\n\n  \f\v\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\r\n")]
    [InlineData("// only a comment")]
    [InlineData("/* only a comment */")]
    public void A_file_with_no_member_has_only_the_end_of_file_token(string text)
    {
        SyntaxTree tree = Parse.Valid(text);
        tree.Root.Members.ShouldBeEmpty();
        tree.GetTokens().ShouldHaveSingleItem().Kind.ShouldBe(SyntaxKind.EndOfFileToken);
        tree.Root.EndOfFileToken.Span.ShouldBe(new Text.TextSpan(text.Length, 0));
    }

    [Theory]
    [InlineData("\"", "CL0002")]
    [InlineData("/*", "CL0002")]
    [InlineData("@", "CL0003")]
    [InlineData("\0", "CL0003")]
    [InlineData("\uD800", "CL0003")]
    [InlineData("1e999", "CL0004")]
    [InlineData("2018-13", "CL0005")]
    public void A_lone_broken_token_gives_its_own_diagnostic(string text, string code)
    {
        SyntaxTree tree = Parse.Any(text);
        tree.Diagnostics.Select(d => d.Id).ShouldContain(code);
    }

    [Theory]
    [InlineData("source")]
    [InlineData("x")]
    [InlineData(":")]
    [InlineData("}")]
    [InlineData("->")]
    [InlineData("\u2192")]
    [InlineData("..")]
    public void A_lone_token_that_cannot_stand_alone_is_one_syntax_error(string text) =>
        Parse.Any(text).Diagnostics.Select(d => d.Id).ShouldBe(["CL0001"]);
}
