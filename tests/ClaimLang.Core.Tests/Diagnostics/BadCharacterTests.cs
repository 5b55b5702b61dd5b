using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// CL0003: a character that cannot start a token. A run of them is one mistake and one
/// diagnostic; they become trivia, so the claim around them still parses.
/// </summary>
public sealed class BadCharacterTests
{
    [Fact]
    public void A_run_of_bad_characters_is_one_diagnostic_and_the_claim_still_parses()
    {
        SyntaxTree tree = Parse.Any("source BBC says Iran @@@ -> Syria aid 36e9 USD 2011");

        tree.Diagnostics.Select(DiagnosticFormatter.Format).ShouldBe(
            ["(1,22)-(1,25): error CL0003: the characters '@@@' cannot start a token; remove them"]);
        ClaimSyntax claim = tree.Root.Claims.ShouldHaveSingleItem();
        claim.Subject.To.ShouldNotBeNull().Text.ShouldBe("Syria");
        claim.DescendantTokens().ShouldAllBe(t => !t.IsMissing);
        claim.Subject.From.TrailingTrivia.Select(t => t.Kind).ShouldContain(SyntaxKind.BadCharacterTrivia);
    }

    [Theory]
    [InlineData("#", "(1,42)-(1,43): error CL0003: the character '#' (U+0023) cannot start a token; remove it")]
    [InlineData("'", "(1,42)-(1,43): error CL0003: the character ''' (U+0027) cannot start a token; remove it (strings are written in double quotes)")]
    [InlineData("$", "(1,42)-(1,43): error CL0003: the character '$' (U+0024) cannot start a token; remove it (write the currency as a unit after the amount: 36e9 USD)")]
    [InlineData("\u20AC", "(1,42)-(1,43): error CL0003: the character '\u20AC' (U+20AC) cannot start a token; remove it (write the currency as a unit after the amount: 36e9 USD)")]
    [InlineData(",", "(1,42)-(1,43): error CL0003: the character ',' (U+002C) cannot start a token; remove it (numbers are written without thousands separators: 36000 or 36_000)")]
    [InlineData("\0", "(1,42)-(1,43): error CL0003: the character U+0000 cannot start a token; remove it")]
    [InlineData("\u007F", "(1,42)-(1,43): error CL0003: the character U+007F cannot start a token; remove it")]
    [InlineData("\u0001\u0002\u0003", "(1,42)-(1,45): error CL0003: a run of 3 characters starting with U+0001 cannot start a token; remove them")]
    public void A_bad_character_is_named_with_its_code_point_and_a_hint(string bad, string expected) =>
        Parse.Diagnostics("source BBC says Iran -> Syria 1 USD 2011 " + bad).ShouldBe([expected]);

    [Fact]
    public void The_same_bad_character_again_keeps_one_message_for_the_file()
    {
        // A file of junk makes a diagnostic every other byte: each holding its own copy of the
        // same 117-character message was most of its memory (docs/performance.md, "Hostile inputs").
        SyntaxTree tree = Parse.Any("$ $\n$ #\n#");

        var messages = tree.Diagnostics.Select(d => d.Message).ToList();
        messages.Count.ShouldBe(5);
        ReferenceEquals(messages[0], messages[1]).ShouldBeTrue();
        ReferenceEquals(messages[0], messages[2]).ShouldBeTrue();
        ReferenceEquals(messages[3], messages[4]).ShouldBeTrue();
        messages[0].ShouldNotBe(messages[3]);
    }

    [Fact]
    public void Bad_characters_separated_by_valid_text_are_separate_mistakes() =>
        Parse.Diagnostics("source BBC says Iran -> Syria 'aid' 1 USD 2011").ShouldBe(
        [
            "(1,31)-(1,32): error CL0003: the character ''' (U+0027) cannot start a token; remove it (strings are written in double quotes)",
            "(1,35)-(1,36): error CL0003: the character ''' (U+0027) cannot start a token; remove it (strings are written in double quotes)",
        ]);
}
