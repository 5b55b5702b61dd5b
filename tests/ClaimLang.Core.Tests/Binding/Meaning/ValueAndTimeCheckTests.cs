using ClaimLang.Core.Tests.Binding;

namespace ClaimLang.Core.Tests.Binding.Meaning;

/// <summary>CL2001–CL2004 and CL3001–CL3003: cases that must fire, and close cases that must not.</summary>
public sealed class ValueAndTimeCheckTests
{
    private const string Declarations = """
        source S { published 2018-08 }
        source T
        entity A
        entity B
        metric aid { kind flow  unit USD }
        metric share { kind level  unit %  min 0  max 100 }
        metric oil { kind flow  unit barrel }
        unit barrel { kind count }
        """;

    private static string[] Check(string claims, string codePrefix) =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim", Declarations), ("c.claim", claims)), codePrefix);

    [Fact]
    public void A_claim_with_a_syntax_error_still_uses_the_names_it_writes() =>
        // S, A, B and aid are used by the claim; only the declarations no claim writes are unused.
        Check("source S says A -> B aid 1e999 USD 2018", "CL1004").ShouldBe([
            "d.claim(2,8): CL1004: source 'T' is declared but never used",
            "d.claim(6,8): CL1004: metric 'share' is declared but never used",
            "d.claim(7,8): CL1004: metric 'oil' is declared but never used"]);

    [Theory]
    [InlineData("a:")]
    [InlineData("a:\n")]
    public void A_label_alone_is_one_syntax_error_and_nothing_more(string claims) =>
        Check(claims, "CL0").ShouldBe(["c.claim(1,3): CL0001: expected 'source' after ':'"]);

    [Theory]
    [InlineData("source S says A -> B aid 15..14 billion USD 2018", "c.claim(1,26): CL2003: the range 15..14 billion is empty: its lower end is above its upper end")]
    [InlineData("source S says A -> B aid 5e9 USD 2017..2011", "c.claim(1,34): CL3001: the period 2017..2011 ends before it starts")]
    [InlineData("source S says A -> B aid -5 USD 2018", "c.claim(1,26): CL2004: -5 USD is below aid's min 0 (a flow is never negative unless the metric's min allows it)")]
    [InlineData("source S says A share 150 % 2018", "c.claim(1,23): CL2004: 150 % is above share's max 100")]
    [InlineData("source S says A share 5 %/yr 2018", "c.claim(1,26): CL2002: 'share' is a level (a state at a time), so it has no rate per yr: write the level itself, e.g. `~80 %`")]
    [InlineData("source S says A -> B aid 5 USDD 2018", "c.claim(1,28): CL2001: 'USDD' is not a known unit; did you mean 'USD'?")]
    [InlineData("source S says A -> B aid 5 % 2018", "c.claim(1,28): CL2002: '%' does not fit aid, which is measured in USD: use any currency")]
    [InlineData("source S says A -> B oil 5 USD 2018", "c.claim(1,28): CL2002: 'USD' does not fit oil, which is measured in barrel: use a unit of kind count, such as barrel")]
    [InlineData("source S says A 5 % 2018", "c.claim(1,15): CL0001: a claim about one entity must name a metric, as in `A poverty_rate ~80 % 2018`")]
    public void A_value_or_unit_problem_is_reported_once(string claim, string expected) =>
        Check(claim, "CL").Where(d => !d.Contains("CL1004", StringComparison.Ordinal)).ShouldBe([expected]);

    [Theory]
    [InlineData("source S says A -> B aid 14..15 billion USD 2018")]
    [InlineData("source S says A -> B aid 5 EUR 2018")]             // any currency fits a currency metric
    [InlineData("source S says A -> B oil 5 count 2018")]           // count fits a metric in barrels (kind count)
    [InlineData("source S says A share 100 % 2018")]                // 99.5..100.5 still admits 100
    [InlineData("source S says A share ~0 % 2018")]
    [InlineData("source S says A -> B aid >= -5 USD 2018")]         // some allowed value satisfies it
    [InlineData("source S says A -> B 5 barrel 2018")]              // transfer takes any unit
    public void A_claim_that_some_allowed_value_satisfies_is_not_reported(string claim) =>
        Check(claim, "CL2").ShouldBeEmpty();

    [Theory]
    [InlineData("source T says A -> B aid 5e9 USD/yr 2019 as of 2018-06", "c.claim(1,42): CL3002: stated as of 2018-06 about 2019, which had not begun: a claim about the future is a forecast; say so in a note, or mark it `status disputed`")]
    [InlineData("source T says A -> B aid 5e9 USD 2018 as of 2018-06", "c.claim(1,39): CL3002: a total over 2018 stated as of 2018-06, before the period ended: it can only be a forecast or a figure so far; give the period up to 2018-06, or a rate")]
    [InlineData("source T says A share ~80 % 2019 as of 2018-08", "c.claim(1,34): CL3002: stated as of 2018-08 about 2019, which had not begun: a claim about the future is a forecast; say so in a note, or mark it `status disputed`")]
    public void A_statement_date_that_cannot_be_right_is_warned_about(string claim, string expected) =>
        Check(claim, "CL3").ShouldBe([expected]);

    [Fact]
    public void An_as_of_after_the_source_was_published_points_at_the_publication_date() =>
        Check("source S says A -> B aid 5e9 USD 2017 as of 2018-09", "CL3").ShouldBe(
        [
            "c.claim(1,39): CL3003: stated as of 2018-09, after S was published (2018-08): check the date, or the source",
            "  d.claim(1,8): S is published 2018-08",
        ]);

    [Theory]
    [InlineData("source T says A -> B aid 6e9 USD/yr 2018 as of 2018-06-08")] // a current rate, not a forecast
    [InlineData("source T says A -> B aid 36e9 USD 2011..2016 as of 2018-02")]
    [InlineData("source S says A -> B aid 5e9 USD 2017 as of 2018-08")]      // the same month as published fits
    [InlineData("source S says A -> B aid 5e9 USD 2018 as of 2018")]
    [InlineData("source T says A share ~80 % 2018 as of 2018-08")]          // a level is a state during its period, not a total
    [InlineData("source T says A share ~80 % 2018..2020 as of 2019")]
    public void A_statement_date_that_can_be_right_is_not_reported(string claim) =>
        Check(claim, "CL3").ShouldBeEmpty();

    [Fact]
    public void A_built_in_unit_cannot_be_declared_again() =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("u.claim", "unit USD { kind currency }"))).ShouldContain(
            "u.claim(1,6): CL1002: 'USD' is already declared as a built-in unit (an ISO 4217 currency)");

    [Fact]
    public void A_metric_naming_an_unknown_unit_is_reported_at_the_attribute() =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("u.claim", "metric m { unit tonnes }")), "CL2").ShouldBe(
        [
            "u.claim(1,17): CL2001: 'tonnes' is not a known unit: use an ISO 4217 currency code (USD, EUR, ...), % or count, or declare it, e.g. `unit tonnes { kind count }`",
        ]);
}
