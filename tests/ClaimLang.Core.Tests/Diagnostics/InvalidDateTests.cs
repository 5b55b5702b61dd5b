using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>CL0005: a date that is not an ISO 8601 calendar date, or a year not written with four digits.</summary>
public sealed class InvalidDateTests
{
    private const string Claim = "source BBC says Iran -> Syria aid 1 USD ";

    [Theory]
    [InlineData("2018-13", "(1,41)-(1,48): error CL0005: '2018-13' is not a calendar date: there is no month 13; months run from 01 to 12")]
    [InlineData("2018-00", "(1,41)-(1,48): error CL0005: '2018-00' is not a calendar date: there is no month 00; months run from 01 to 12")]
    [InlineData("2018-02-30", "(1,41)-(1,51): error CL0005: '2018-02-30' is not a calendar date: 2018-02 has 28 days")]
    [InlineData("2019-02-29", "(1,41)-(1,51): error CL0005: '2019-02-29' is not a calendar date: 2019-02 has 28 days")]
    [InlineData("1900-02-29", "(1,41)-(1,51): error CL0005: '1900-02-29' is not a calendar date: 1900-02 has 28 days")]
    [InlineData("2018-04-31", "(1,41)-(1,51): error CL0005: '2018-04-31' is not a calendar date: 2018-04 has 30 days")]
    [InlineData("2018-06-00", "(1,41)-(1,51): error CL0005: '2018-06-00' is not a calendar date: 2018-06 has 30 days")]
    [InlineData("0000-01", "(1,41)-(1,48): error CL0005: '0000-01' is not a calendar date: years run from 0001 to 9999")]
    public void A_date_that_is_not_in_the_calendar_is_one_diagnostic(string date, string expected) =>
        Parse.Diagnostics(Claim + date).ShouldBe([expected]);

    [Theory]
    [InlineData("2020-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2018-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12")]
    public void Leap_days_and_the_ends_of_the_range_are_calendar_dates(string date) =>
        Parse.Valid(Claim + date);

    [Theory]
    [InlineData("2011..20110", "(1,47)-(1,52): error CL0005: '20110' is not a calendar date: write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08")]
    [InlineData("20110", "(1,41)-(1,46): error CL0005: '20110' is not a calendar date: write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08")]
    [InlineData("18", "(1,41)-(1,43): error CL0005: '18' is not a calendar date: write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08")]
    [InlineData("2018 as of 20180", "(1,52)-(1,57): error CL0005: '20180' is not a calendar date: write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08")]
    public void A_year_without_four_digits_is_not_a_date(string period, string expected) =>
        Parse.Diagnostics(Claim + period).ShouldBe([expected]);

    [Fact]
    public void A_bad_date_in_an_attribute_is_reported_too() =>
        Parse.Diagnostics("source BBC { published 2018-13 }").ShouldBe(
            ["(1,24)-(1,31): error CL0005: '2018-13' is not a calendar date: there is no month 13; months run from 01 to 12"]);

    // The month 0000-01 is rejected because "years run from 0001 to 9999"; the bare year 0000
    // must be rejected for the same reason, or 0000 and 0000-01 would disagree.
    [Fact]
    public void The_year_0000_is_rejected_like_its_months() =>
        Parse.Diagnostics(Claim + "0000").ShouldBe(
            ["(1,41)-(1,45): error CL0005: '0000' is not a calendar date: years run from 0001 to 9999"]);

    // A member the parser could not read reports that alone: its dates are not checked too.
    // The member after it is checked as usual.
    [Fact]
    public void A_member_with_a_syntax_error_reports_no_bad_date_of_its_own()
    {
        string[] found = Parse.Diagnostics(Claim + "20110 as of\n" + Claim + "20110");
        found.Length.ShouldBe(2, string.Join("\n", found));
        found[0].ShouldStartWith("(1,");
        found[0].ShouldNotContain("CL0005");
        found[1].ShouldBe("(2,41)-(2,46): error CL0005: '20110' is not a calendar date: write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08");
    }
}
