using ClaimLang.Core.Tests.Binding;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>The rules for consistency findings (docs/language.md, "Meaning" and "Diagnostics"), case by case.</summary>
public sealed class ConsistencyRuleTests
{
    private const string Declarations = """
        source BBC
        source DW
        entity A
        entity B
        metric aid { kind flow  unit USD }
        metric poverty { kind level  unit %  min 0  max 100 }
        """;

    private static string[] Findings(string claims) =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim", Declarations), ("c.claim", claims)), "CL4");

    [Fact]
    public void A_part_larger_than_its_whole_from_one_source_is_CL4002() =>
        Findings("source BBC says A -> B aid 10e9 USD 2011..2015\nsource BBC says A -> B aid 12e9 USD 2013").ShouldBe(
        [
            "c.claim(2,1): CL4002: 12e9 USD over 2013, but BBC says at most 10.5e9 USD over 2011..2015, which contains that period",
            "  c.claim(1,1): BBC says 10e9 USD over 2011..2015",
        ]);

    [Fact]
    public void Three_claims_that_conflict_only_together_are_one_finding()
    {
        // 2011 and 2012 each at least 6e9 (rounded: 5.5e9), together at most 10e9 (10.5e9).
        string[] findings = Findings("source BBC says A -> B aid 6e9 USD 2011\nsource DW says A -> B aid 6e9 USD 2012\nsource BBC says A -> B aid 10e9 USD 2011..2012");
        findings[0].ShouldStartWith("c.claim(3,1): CL4001: 10e9 USD over 2011..2012 cannot hold together with what the others say:");
        findings.Length.ShouldBe(3);
    }

    [Theory]
    [InlineData("1.5e300 USD/yr 2001..2005")] // a total of ~7.5e300: beside it, 5.5 vs 495 vanishes in doubles
    [InlineData("1e17 USD 2001")]             // integers beyond what doubles add exactly
    [InlineData("0.1 USD/day 2001-01-01..2001-01-03")] // fractions doubles cannot hold
    public void A_small_conflict_is_found_beside_a_claim_of_any_other_size(string other) =>
        Findings($"source BBC says A -> B aid {other}\nsource BBC says A -> B aid 5 USD 2020\nsource DW says A -> B aid 500 USD 2020").ShouldBe(
        [
            "c.claim(3,1): CL4001: 500 USD over 2020, but BBC says at most 5.5 USD over 2020",
            "  c.claim(2,1): BBC says 5 USD over 2020",
        ]);

    [Fact]
    public void Amounts_that_differ_in_the_last_of_many_digits_conflict()
    {
        // The two intervals miss each other by 0.001 in 1e9: less than a relative 1e-12 of doubles' rounding.
        Findings("source BBC says A -> B aid 1000000000.000 USD 2011\nsource DW says A -> B aid 1000000000.002 USD 2011")
            .ShouldBe([
                "c.claim(2,1): CL4001: 1000000000.002 USD over 2011, but BBC says at most 1.0000000000005e9 USD over 2011",
                "  c.claim(1,1): BBC says 1000000000.000 USD over 2011",
            ]);
        Findings("source BBC says A -> B aid 1000000000.000 USD 2011\nsource DW says A -> B aid 1000000000.001 USD 2011").ShouldBeEmpty();
    }

    [Fact]
    public void Yearly_figures_that_add_up_to_a_total_only_within_rounding_do_not_conflict() =>
        Findings("source BBC says A -> B aid 5.4e9 USD 2011\nsource BBC says A -> B aid 5.4e9 USD 2012\nsource BBC says A -> B aid 11e9 USD 2011..2012")
            .ShouldBeEmpty();

    [Fact]
    public void Months_and_days_are_periods_like_years()
    {
        // 1e9 a month (0.5e9..1.5e9) over six months is 3e9..9e9; 2e9 is at most 2.5e9.
        Findings("source BBC says A -> B aid 1e9 USD/mo 2018-01..2018-06\nsource DW says A -> B aid 2e9 USD 2018-01..2018-06")[0]
            .ShouldBe("c.claim(2,1): CL4001: 2e9 USD over 2018-01..2018-06, but BBC says at least 3e9 USD over 2018-01..2018-06");
        Findings("source BBC says A -> B aid 10 USD/day 2018-01-01..2018-01-10\nsource DW says A -> B aid 100 USD 2018-01-01..2018-01-10").ShouldBeEmpty();
    }

    [Fact]
    public void Levels_conflict_only_for_equal_periods_with_disjoint_amounts()
    {
        Findings("source BBC says A poverty ~80 % 2018\nsource DW says A poverty 50..60 % 2018").ShouldBe(
        [
            "c.claim(2,1): CL4001: 50..60 % over 2018, but BBC says at least 72 % over 2018",
            "  c.claim(1,1): BBC says ~80 % over 2018",
        ]);
        Findings("source BBC says A poverty ~80 % 2018\nsource DW says A poverty 50..60 % 2017").ShouldBeEmpty();
    }

    [Fact]
    public void Retracted_and_disputed_claims_take_no_part() =>
        Findings("source BBC says A -> B aid 10e9 USD 2011..2015\nsource DW says A -> B aid 12e9 USD 2013 status retracted\nsource DW says A -> B aid 12e9 USD 2014 status disputed")
            .ShouldBeEmpty();

    [Fact]
    public void Claims_in_different_currencies_are_not_compared() =>
        Findings("source BBC says A -> B aid 10e9 USD 2011..2015\nsource DW says A -> B aid 12e9 EUR 2013").ShouldBeEmpty();

    [Fact]
    public void A_suppression_on_any_claim_of_the_set_covers_the_finding()
    {
        var compilation = ProjectBuilder.Compile(("d.claim", Declarations),
            ("c.claim", "// claimlang-ignore CL4001 BBC's total is known to leave out 2013\nsource BBC says A -> B aid 10e9 USD 2011..2015\nsource DW says A -> B aid 12e9 USD 2013"));
        var finding = compilation.GetDiagnostics().Single(d => d.Id == "CL4001");
        finding.IsSuppressed.ShouldBeTrue();
        finding.Justification.ShouldBe("BBC's total is known to leave out 2013");
    }

    [Fact]
    public void The_same_attribution_stating_the_same_thing_twice_is_CL4003() =>
        Findings("source BBC says A -> B aid 10e9 USD 2011..2015\nsource BBC says A -> B aid 10e9 USD 2011..2015 note \"again\"\nsource DW says A -> B aid 10e9 USD 2011..2015").ShouldBe(
        [
            "c.claim(2,1): CL4003: BBC already says 10e9 USD over 2011..2015",
            "  c.claim(1,1): first stated here",
        ]);
}
