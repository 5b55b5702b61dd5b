using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// CL0001: a token is missing or unexpected. One diagnostic per mistake, with a message in
/// words (what was expected, after what, and what was found) and an exact 1-based position.
/// A missing token at the end of a line is reported just after the last good token.
/// </summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void A_number_where_the_flow_target_belongs_is_reported_at_the_number() =>
        Parse.Diagnostics("source BBC says Iran -> 36e9 USD 2011").ShouldBe(
        [
            "(1,25)-(1,29): error CL0001: expected an entity name after '->', found '36e9'",
        ]);

    [Theory]
    [InlineData("source BBC says Iran -> Syria 36e9 USD\n")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD\r\n")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD // no period\n")]
    public void A_missing_period_at_the_end_of_a_line_is_reported_just_after_the_unit(string text) =>
        Parse.Diagnostics(text).ShouldBe(
        [
            "(1,39)-(1,39): error CL0001: expected a period (a year such as 2018, a month 2018-06, a day 2018-06-08, " +
            "or a range such as 2011..2017) after 'USD'",
        ]);

    [Theory]
    [InlineData("source BBC says Iran -> Syria 36e9 2011",
        "(1,36)-(1,40): error CL0001: expected a unit (a currency code such as USD, %, count or a declared unit) after '36e9', found '2011'")]
    [InlineData("source BBC says Iran -> Syria aid 1 USD/week 2011",
        "(1,41)-(1,45): error CL0001: expected a time unit (yr, year, mo, month or day) after '/', found 'week'")]
    [InlineData("source BBC says Iran -> Syria aid 1 USD 2011 status maybe",
        "(1,53)-(1,58): error CL0001: expected 'retracted' or 'disputed' after 'status', found 'maybe'")]
    [InlineData("source BBC says Iran -> Syria ~ USD 2011",
        "(1,33)-(1,36): error CL0001: expected a number after '~', found 'USD'")]
    [InlineData("source BBC says Iran -> Syria 14.. USD 2011",
        "(1,36)-(1,39): error CL0001: expected a number after '..', found 'USD'")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011 }",
        "(1,45)-(1,46): error CL0001: expected a declaration or a claim after '2011', found '}'")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011 as of",
        "(1,50)-(1,50): error CL0001: expected a date (2018, 2018-06 or 2018-06-08) after 'of'")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011 note\n",
        "(1,49)-(1,49): error CL0001: expected a quoted string after 'note'")]
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011..\n",
        "(1,46)-(1,46): error CL0001: expected the date the period ends after '..'")]
    [InlineData("lbl source BBC says Iran -> Syria 36e9 USD 2011",
        "(1,1)-(1,4): error CL0001: expected a declaration or a claim (a claim label is followed by ':'), found 'lbl'")]
    [InlineData("{",
        "(1,1)-(1,2): error CL0001: expected a declaration or a claim, found '{'")]
    [InlineData("unit",
        "(1,5)-(1,5): error CL0001: expected a name for the unit after 'unit'")]
    public void A_missing_or_unexpected_token_gives_one_worded_diagnostic(string text, string expected) =>
        Parse.Diagnostics(text).ShouldBe([expected]);

    // Keywords may name attributes, so inside braces the parser expects any name or '}'; the
    // message must say so, not list two of those keywords as if a claim were expected.
    [Theory]
    [InlineData("entity X { kind country", "(1,24)-(1,24): error CL0001: expected an attribute name or '}' after 'country'")]
    [InlineData("entity X { kind country -> }", "(1,25)-(1,27): error CL0001: expected an attribute name or '}' after 'country', found '->'")]
    [InlineData("entity X { kind country 5 }", "(1,25)-(1,26): error CL0001: expected an attribute name or '}' after 'country', found '5'")]
    public void Inside_an_attribute_block_the_message_asks_for_an_attribute_name_or_a_closing_brace(string text, string expected) =>
        Parse.Diagnostics(text).ShouldBe([expected]);

    [Fact]
    public void The_position_counts_UTF16_code_units_from_column_one_of_the_right_line() =>
        Parse.Diagnostics("// Ünïcödé comment\r\n\r\n  source BBC says Iran → 36e9 USD 2011").ShouldBe(
        [
            "(3,26)-(3,30): error CL0001: expected an entity name after '→', found '36e9'",
        ]);
}
