using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>Which claim units fit a metric's unit (CL2002) and which claims are compared with each other.</summary>
public sealed class UnitCompatibilityTests
{
    private static readonly UnitCatalog Catalog = UnitCatalog.Build(
    [
        new DeclaredUnit("barrel", "count"),
        new DeclaredUnit("mwh", "energy"),
        new DeclaredUnit("kwh", "energy"),
        new DeclaredUnit("tonne", null),
        new DeclaredUnit("VEF", "currency"),
    ]).Catalog;

    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("USD", "EUR")]
    [InlineData("IRR", "SYP")]
    [InlineData("USD", "XAU")]
    [InlineData("USD", "VEF")]
    [InlineData("%", "%")]
    [InlineData("count", "count")]
    [InlineData("count", "barrel")]
    [InlineData("barrel", "count")]
    [InlineData("mwh", "kwh")]
    [InlineData("tonne", "tonne")]
    public void Units_of_one_kind_fit(string metricUnit, string claimUnit) =>
        Catalog.AreCompatible(metricUnit, claimUnit).ShouldBeTrue();

    [Theory]
    [InlineData("%", "USD")]
    [InlineData("USD", "%")]
    [InlineData("USD", "count")]
    [InlineData("count", "%")]
    [InlineData("%", "count")]
    [InlineData("count", "mwh")]
    [InlineData("barrel", "tonne")]
    [InlineData("mwh", "USD")]
    public void Units_of_different_kinds_do_not_fit(string metricUnit, string claimUnit) =>
        Catalog.AreCompatible(metricUnit, claimUnit).ShouldBeFalse();

    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("EUR", "EUR")]
    [InlineData("%", "%")]
    [InlineData("barrel", "barrel")]
    public void Claims_in_the_same_unit_are_compared(string a, string b) =>
        Catalog.AreComparable(a, b).ShouldBeTrue();

    [Theory]
    [InlineData("USD", "EUR")]
    [InlineData("IRR", "USD")]
    [InlineData("count", "barrel")]
    [InlineData("mwh", "kwh")]
    [InlineData("USD", "%")]
    public void Claims_in_different_units_are_never_compared_even_when_both_fit_the_metric(string a, string b) =>
        Catalog.AreComparable(a, b).ShouldBeFalse();

    [Fact]
    public void The_unit_info_overloads_agree_with_the_name_ones()
    {
        Catalog.TryGet("barrel", out var barrel).ShouldBeTrue();
        UnitCatalog.AreCompatible(BuiltInUnits.Count, barrel).ShouldBeTrue();
        UnitCatalog.AreCompatible(BuiltInUnits.Percent, barrel).ShouldBeFalse();
        UnitCatalog.AreComparable(barrel, barrel).ShouldBeTrue();
        UnitCatalog.AreComparable(BuiltInUnits.Count, barrel).ShouldBeFalse();
    }

    [Theory]
    [InlineData("USD", "usd")]
    [InlineData("furlong", "USD")]
    public void Asking_about_an_unknown_unit_is_a_mistake_of_the_caller(string a, string b)
    {
        // An unknown unit is CL2001; answering "does not fit" would add a misleading CL2002.
        Should.Throw<ArgumentException>(() => Catalog.AreCompatible(a, b)).Message.ShouldContain("is not a known unit");
        Should.Throw<ArgumentException>(() => Catalog.AreComparable(a, b));
    }
}
