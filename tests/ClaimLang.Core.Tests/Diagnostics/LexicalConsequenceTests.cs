using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// A lexical mistake is reported once, and what the parser stumbles on because of it is not
/// reported again; escapes and characters outside the Basic Multilingual Plane are checked.
/// </summary>
public sealed class LexicalConsequenceTests
{
    [Fact]
    public void A_thousands_separator_is_one_diagnostic_not_a_syntax_error_after_it() =>
        Parse.Diagnostics("source BBC says Iran -> Syria 36,000 USD 2011").ShouldBe(
        [
            "(1,33)-(1,34): error CL0003: the character ',' (U+002C) cannot start a token; remove it (numbers are written without thousands separators: 36000 or 36_000)",
        ]);

    // `/*/` ends with "*/" but shares its '*' with the opening: still one unterminated comment,
    // and the claim it cut short is its consequence, as with a plain `/*`.
    [Theory]
    [InlineData("source BBC says Iran /*")]
    [InlineData("source BBC says Iran /*/")]
    public void A_comment_left_open_at_the_end_is_one_diagnostic(string text)
    {
        string[] diagnostics = Parse.Diagnostics(text);
        diagnostics.Length.ShouldBe(1, string.Join("\n", diagnostics));
        diagnostics[0].ShouldContain("error CL0002: unterminated block comment");
    }

    [Theory]
    [InlineData("\"a\\q\"", "(1,49)-(1,51): error CL0001: unknown escape '\\q' in a string: write \\\", \\\\, \\n or \\t")]
    [InlineData("\"tab\\tquote\\\"slash\\\\line\\n\"", null)]
    public void Only_the_four_escapes_of_the_language_are_accepted(string note, string? expected)
    {
        string[] diagnostics = Parse.Diagnostics("source BBC says Iran -> Syria 1 USD 2011 note " + note);
        if (expected is null) diagnostics.ShouldBeEmpty();
        else diagnostics.ShouldBe([expected]);
    }

    [Fact]
    public void A_symbol_outside_the_basic_plane_cannot_be_part_of_a_name() =>
        Parse.Diagnostics("source BBC says Iran\U0001F600 -> Syria 1 USD 2011").ShouldBe(
        [
            "(1,21)-(1,23): error CL0003: the character '\U0001F600' (U+1F600) cannot be part of a name; remove it",
        ]);

    [Fact]
    public void A_lone_symbol_outside_the_basic_plane_is_named_as_one_character() =>
        Parse.Diagnostics("source BBC says Iran -> Syria 1 USD 2011 \U0001F600").ShouldBe(
        [
            "(1,42)-(1,44): error CL0003: the character '\U0001F600' (U+1F600) cannot start a token; remove it",
        ]);
}
