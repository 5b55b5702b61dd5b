using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Binding.Meaning;

/// <summary>What a claim means (docs/language.md, "Claims"): amounts with rounding, approximations, periods, durations and totals.</summary>
public sealed class ClaimMeaningTests
{
    private const string Declarations = """
        source S
        entity A
        entity B
        metric aid { kind flow  unit USD }
        metric share { kind level  unit %  min 0  max 100 }
        metric rial_change { kind level  unit %  min -1000 }
        """;

    private static ClaimMeaning Meaning(string claim, CompilationOptions? options = null)
    {
        var tree = SyntaxTree.ParseText(Declarations + "\n" + claim, "m.claim");
        tree.Diagnostics.ShouldBeEmpty();
        var compilation = ClaimCompilation.Create([tree], options);
        return compilation.GetSemanticModel(tree).GetMeaning(tree.Root.Claims.Single()).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("36e9", "35.5e9..36.5e9")]
    [InlineData("36.5e9", "36.45e9..36.55e9")]
    [InlineData("36 billion", "35.5e9..36.5e9")]
    [InlineData("3852", "3851.5..3852.5")]
    [InlineData("36_000_000_000", "35.9999999995e9..36.0000000005e9")]
    [InlineData("3.6E10", "35.5e9..36.5e9")]
    [InlineData("14..15 billion", "13.5e9..15.5e9")]
    [InlineData("14e9..15e9", "13.5e9..15.5e9")]
    [InlineData(">= 12e9", ">= 11.5e9")]
    [InlineData("> 12e9", ">= 11.5e9")]
    [InlineData("<= 6e9", "<= 6.5e9")]
    [InlineData("~36e9", "32.4e9..39.6e9")]
    [InlineData("1.5 thousand", "1450..1550")]
    public void An_amount_stands_for_every_value_that_rounds_to_it(string amount, string interval) =>
        Meaning($"source S says A -> B aid {amount} USD 2018").Amount.ToString().ShouldBe(interval);

    [Fact]
    public void Without_rounding_tolerance_numbers_are_exact_and_the_approximate_tolerance_is_configurable()
    {
        var options = new CompilationOptions(new MeaningOptions(new Rational(1, 4), RoundingTolerance: false));
        Meaning("source S says A -> B aid 36e9 USD 2018", options).Amount.ToString().ShouldBe("36e9");
        Meaning("source S says A -> B aid ~36e9 USD 2018", options).Amount.ToString().ShouldBe("27e9..45e9");
    }

    [Fact]
    public void A_negative_approximation_keeps_its_ends_in_order() =>
        Meaning("source S says A rial_change ~-300 % 2018").Amount.ToString().ShouldBe("-330..-270");

    [Theory]
    [InlineData("2011..2015", "2011-01-01", "2015-12-31", "5")]
    [InlineData("2018-06", "2018-06-01", "2018-06-30", "0.08333333333333")]
    [InlineData("2018-06..2019", "2018-06-01", "2019-12-31", "1.5833333333333")]
    [InlineData("2018-06-08..2018-06-10", "2018-06-08", "2018-06-10", "0.00821372")]
    public void A_period_is_inclusive_at_its_granularity_and_has_a_duration_in_years(string period, string start, string end, string years)
    {
        ClaimMeaning meaning = Meaning($"source S says A -> B aid 1e9 USD {period}");
        meaning.Period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(start);
        meaning.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(end);
        meaning.DurationYears.ToDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture).ShouldStartWith(years);
    }

    [Fact]
    public void A_rate_is_multiplied_out_over_its_period_exactly() =>
        Meaning("source S says A -> B aid 15e9..20e9 USD/yr 2011..2015").Total.ToString().ShouldBe("72.5e9..102.5e9");

    [Theory]
    [InlineData("1e9 USD/mo 2018", "6e9..18e9")]          // 0.5e9..1.5e9 a month, 12 months
    [InlineData("2e6 USD/month 2018-01..2018-03", "4.5e6..7.5e6")]
    [InlineData("10 USD/day 2018-01-01..2018-01-10", "95..105")]
    public void Rates_per_month_and_per_day_count_months_and_days(string rest, string total) =>
        Meaning($"source S says A -> B aid {rest}").Total.ToString().ShouldBe(total);

    [Fact]
    public void A_total_claim_is_its_own_total_and_the_attribution_is_the_last_speaker()
    {
        var tree = SyntaxTree.ParseText(Declarations + "\nperson P\nperson Q\nsource S quoting P quoting Q says A -> B 5e9 USD 2011..2016 status disputed", "m.claim");
        var compilation = ClaimCompilation.Create([tree]);
        ClaimMeaning meaning = compilation.GetSemanticModel(tree).GetMeaning(tree.Root.Claims.Single()).ShouldNotBeNull();
        meaning.Total.ShouldBe(meaning.Amount);
        meaning.Attribution.ShouldBe("Q");
        meaning.Metric.ShouldBe("transfer");
        meaning.TakesPartInChecks.ShouldBeFalse();
    }
}
