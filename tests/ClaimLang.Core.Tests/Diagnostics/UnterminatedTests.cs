using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// CL0002: a string ends at the end of its line and a block comment at the end of the file
/// when they are not closed; either is one diagnostic over the unclosed text, and nothing else.
/// </summary>
public sealed class UnterminatedTests
{
    private const string StringMessage = "unterminated string: add a closing '\"' before the end of the line";
    private const string CommentMessage = "unterminated block comment: close it with '*/'";

    [Theory]
    [InlineData("source BBC says Iran -> Syria aid 36e9 USD 2011 note \"abc", "(1,54)-(1,58)")]
    [InlineData("source BBC says Iran -> Syria aid 36e9 USD 2011 note \"ends in a backslash\\", "(1,54)-(1,75)")]
    [InlineData("source BBC \"BBC Persian", "(1,12)-(1,24)")]
    [InlineData("\"", "(1,1)-(1,2)")]
    public void An_unterminated_string_is_one_diagnostic_over_the_rest_of_the_line(string text, string span) =>
        Parse.Diagnostics(text).ShouldBe([$"{span}: error CL0002: {StringMessage}"]);

    [Fact]
    public void An_unterminated_string_ends_at_the_line_break_and_the_next_claim_parses()
    {
        SyntaxTree tree = Parse.Any(
            "source BBC says Iran -> Syria 1 USD 2011 note \"abc\r\n" +
            "source BBC says Iran -> Syria 2 USD 2012\n");

        tree.Diagnostics.Select(DiagnosticFormatter.Format).ShouldBe([$"(1,47)-(1,51): error CL0002: {StringMessage}"]);
        var claims = tree.Root.Claims.ToList();
        claims.Count.ShouldBe(2);
        claims[0].Qualifiers.ShouldHaveSingleItem().ShouldBeOfType<NoteQualifierSyntax>().Text.Text.ShouldBe("\"abc");
        claims[1].Period.Start.Text.ShouldBe("2012");
    }

    [Fact]
    public void An_escaped_quote_does_not_close_a_string() =>
        Parse.Diagnostics("source BBC \"say \\\"hi\\\"").ShouldBe([$"(1,12)-(1,23): error CL0002: {StringMessage}"]);

    [Theory]
    [InlineData("source BBC says Iran -> Syria aid 36e9 USD 2011 /* abc", "(1,49)-(1,55)")]
    [InlineData("/*", "(1,1)-(1,3)")]
    [InlineData("/*/", "(1,1)-(1,4)")]
    [InlineData("source BBC /* one\r\ntwo **\nthree *", "(1,12)-(3,8)")]
    public void An_unterminated_block_comment_is_one_diagnostic_to_the_end_of_the_file(string text, string span) =>
        Parse.Diagnostics(text).ShouldBe([$"{span}: error CL0002: {CommentMessage}"]);

    // The comment swallows the rest of the claim; that is the one mistake, so the claim it
    // leaves unfinished must not be reported again as CL0001.
    [Fact]
    public void A_block_comment_left_open_inside_a_claim_is_reported_once() =>
        Parse.Diagnostics("source BBC says Iran -> Syria /* 36e9 USD 2011").ShouldBe(
            [$"(1,31)-(1,47): error CL0002: {CommentMessage}"]);

    [Fact]
    public void A_closed_block_comment_spanning_lines_is_trivia()
    {
        SyntaxTree tree = Parse.Valid("source BBC /* one\r\ntwo */ says Iran -> Syria 1 USD 2011");
        tree.GetTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .ShouldContain(t => t.Kind == SyntaxKind.BlockCommentTrivia && t.Text == "/* one\r\ntwo */");
    }
}
