using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>Units, rates and periods (docs/language.md, "Units and rates" and "Periods") in every form.</summary>
public sealed class UnitAndPeriodFormsTests
{
    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("USD", SyntaxKind.IdentifierToken)]
    [InlineData("%", SyntaxKind.PercentToken)]
    [InlineData("count", SyntaxKind.IdentifierToken)]
    [InlineData("barrel", SyntaxKind.IdentifierToken)]
    internal void A_unit_is_a_name_or_percent(string unit, SyntaxKind kind)
    {
        ClaimSyntax claim = Parse.ValidClaim($"source BBC says Iran poverty_rate ~80 {unit} 2018");
        claim.Unit.Name.Kind.ShouldBe(kind);
        claim.Unit.Name.Text.ShouldBe(unit);
        claim.Rate.ShouldBeNull();
    }

    [Theory]
    [InlineData("USD/yr", "yr")]
    [InlineData("USD/year", "year")]
    [InlineData("USD/mo", "mo")]
    [InlineData("USD/month", "month")]
    [InlineData("USD/day", "day")]
    [InlineData("USD / yr", "yr")]
    [InlineData("%/day", "day")]
    [InlineData("barrel /month", "month")]
    public void A_slash_and_a_time_unit_make_a_rate(string unit, string timeUnit)
    {
        ClaimSyntax claim = Parse.ValidClaim($"source BBC says Iran -> Syria aid 6e9 {unit} 2018");
        RateSyntax rate = claim.Rate.ShouldNotBeNull();
        rate.Slash.Kind.ShouldBe(SyntaxKind.SlashToken);
        rate.TimeUnit.Text.ShouldBe(timeUnit);
        claim.Unit.Rate.ShouldBeSameAs(rate);
    }

    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("2018", SyntaxKind.NumberToken, null)]
    [InlineData("2018-06", SyntaxKind.DateToken, null)]
    [InlineData("2018-06-08", SyntaxKind.DateToken, null)]
    [InlineData("2011..2017", SyntaxKind.NumberToken, "2017")]
    [InlineData("2011 .. 2017", SyntaxKind.NumberToken, "2017")]
    [InlineData("2018-01..2018-06", SyntaxKind.DateToken, "2018-06")]
    [InlineData("2018-06-01..2018-06-15", SyntaxKind.DateToken, "2018-06-15")]
    [InlineData("2018-06..2019", SyntaxKind.DateToken, "2019")]
    [InlineData("2018-06-08..2018-08", SyntaxKind.DateToken, "2018-08")]
    internal void A_period_is_a_date_or_a_range_of_dates(string period, SyntaxKind startKind, string? end)
    {
        PeriodSyntax node = Parse.ValidClaim($"source BBC says Iran -> Syria aid 36e9 USD {period}").Period;
        node.Start.Kind.ShouldBe(startKind);
        node.Start.Text.ShouldBe(period.Split("..")[0].Trim());
        node.End?.Text.ShouldBe(end);
        (node.End is null).ShouldBe(end is null);
        (node.DotDot is null).ShouldBe(end is null);
    }
}
