using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>CL0004: a number that is malformed or beyond the double range, reported once over the whole number.</summary>
public sealed class MalformedNumberTests
{
    [Theory]
    [InlineData("1e999", "(1,35)-(1,40): error CL0004: the number '1e999' is out of range: numbers must lie within ±1.7e308")]
    [InlineData("-1e999", "(1,35)-(1,41): error CL0004: the number '-1e999' is out of range: numbers must lie within ±1.7e308")]
    [InlineData("1__0", "(1,35)-(1,39): error CL0004: malformed number '1__0': an underscore may only stand between two digits, as in 36_000_000")]
    [InlineData("1_", "(1,35)-(1,37): error CL0004: malformed number '1_': an underscore may only stand between two digits, as in 36_000_000")]
    [InlineData("1_000.5_", "(1,35)-(1,43): error CL0004: malformed number '1_000.5_': an underscore may only stand between two digits, as in 36_000_000")]
    [InlineData("1e", "(1,35)-(1,37): error CL0004: malformed number '1e': an exponent needs digits, as in 36e9")]
    [InlineData("1e+", "(1,35)-(1,38): error CL0004: malformed number '1e+': an exponent needs digits, as in 36e9")]
    [InlineData("3.6E", "(1,35)-(1,39): error CL0004: malformed number '3.6E': an exponent needs digits, as in 36e9")]
    public void A_malformed_or_huge_amount_is_one_diagnostic(string number, string expected) =>
        Parse.Diagnostics($"source BBC says Iran -> Syria aid {number} USD 2011").ShouldBe([expected]);

    [Fact]
    public void A_malformed_number_in_an_attribute_is_reported_too() =>
        Parse.Diagnostics("metric aid { max 1e999 }").ShouldBe(
            ["(1,18)-(1,23): error CL0004: the number '1e999' is out of range: numbers must lie within ±1.7e308"]);

    [Theory]
    [InlineData("1.7e308")]
    [InlineData("-1.7e308")]
    [InlineData("1e-999")] // underflows to zero: tiny, but a number
    [InlineData("36_000_000_000")]
    public void Numbers_at_the_edges_of_the_range_are_fine(string number) =>
        Parse.Valid($"source BBC says Iran -> Syria aid {number} USD 2011");

    [Fact]
    public void A_number_may_have_at_most_a_hundred_digits()
    {
        Parse.Valid($"source BBC says Iran -> Syria aid 1.{new string('3', 99)} USD 2011");
        string tooLong = "1." + new string('3', 100);
        Parse.Diagnostics($"source BBC says Iran -> Syria aid {tooLong} USD 2011").ShouldBe(
            [$"(1,35)-(1,{35 + tooLong.Length}): error CL0004: the number '1.3333333333333333333...' has 101 digits; a number may have at most 100"]);
    }

    [Fact]
    public void A_number_of_a_million_digits_is_one_diagnostic_and_read_no_further()
    {
        // Before the limit, reading such a number took minutes.
        string huge = "1." + new string('3', 1_000_000);
        Parse.Diagnostics($"source BBC says Iran -> Syria aid {huge} USD 2011").Single().ShouldContain("has 1000001 digits");
    }
}
