using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

public sealed class BuiltInUnitsTests
{
    [Fact]
    public void Every_ISO_4217_code_is_a_built_in_currency_unit()
    {
        foreach (var currency in Iso4217Table.Current.Currencies)
        {
            BuiltInUnits.TryGet(currency.Code, out var unit).ShouldBeTrue(currency.Code);
            unit.ShouldBe(new UnitInfo(currency.Code, UnitKind.Currency, IsBuiltIn: true) { Iso4217 = currency });
            unit.IsCurrency.ShouldBeTrue();
        }
    }

    [Fact]
    public void Percent_and_count_are_built_in_and_not_currencies()
    {
        BuiltInUnits.TryGet("%", out var percent).ShouldBeTrue();
        percent.ShouldBe(new UnitInfo("%", UnitKind.Percent, IsBuiltIn: true));
        BuiltInUnits.TryGet("count", out var count).ShouldBeTrue();
        count.ShouldBe(new UnitInfo("count", UnitKind.Count, IsBuiltIn: true));
        percent.IsCurrency.ShouldBeFalse();
        count.IsCurrency.ShouldBeFalse();
        percent.Iso4217.ShouldBeNull();
    }

    [Fact]
    public void All_is_the_currencies_then_percent_and_count()
    {
        BuiltInUnits.All.Length.ShouldBe(Iso4217Table.Current.Currencies.Length + 2);
        BuiltInUnits.All[^2].ShouldBe(BuiltInUnits.Percent);
        BuiltInUnits.All[^1].ShouldBe(BuiltInUnits.Count);
        BuiltInUnits.All.Select(u => u.Name).ShouldBeUnique();
        BuiltInUnits.Currencies.ShouldBe(Iso4217Table.Current.Currencies);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("Count")]
    [InlineData("COUNT")]
    [InlineData("percent")]
    [InlineData("US$")]
    [InlineData("")]
    [InlineData("ANG")] // withdrawn from ISO 4217 in 2025: declare it (kind currency) to use it
    public void Lookup_is_exact_and_case_sensitive(string name)
    {
        BuiltInUnits.TryGet(name, out _).ShouldBeFalse();
        BuiltInUnits.IsBuiltIn(name).ShouldBeFalse();
    }

    [Theory]
    [InlineData("usd", "USD")]
    [InlineData("Eur", "EUR")]
    [InlineData("COUNT", "count")]
    [InlineData("USD", "USD")]
    public void A_name_in_the_wrong_case_finds_the_built_in_unit(string name, string expected) =>
        BuiltInUnits.FindCaseInsensitive(name)?.Name.ShouldBe(expected);

    [Theory]
    [InlineData("dollar")]
    [InlineData("US")]
    [InlineData("")]
    public void A_name_no_built_in_unit_has_in_any_case_finds_nothing(string name) =>
        BuiltInUnits.FindCaseInsensitive(name).ShouldBeNull();
}
