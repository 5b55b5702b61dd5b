using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

public sealed class UnitKindTests
{
    [Fact]
    public void Built_in_kinds_are_named_and_distinct()
    {
        UnitKind.Currency.Name.ShouldBe("currency");
        UnitKind.Percent.Name.ShouldBe("percent");
        UnitKind.Count.Name.ShouldBe("count");
        new[] { UnitKind.Currency, UnitKind.Percent, UnitKind.Count }.ShouldBeUnique();
    }

    [Fact]
    public void Kinds_with_the_same_name_are_equal()
    {
        UnitKind.Named("count").ShouldBe(UnitKind.Count);
        UnitKind.Named("energy").ShouldBe(UnitKind.Named("energy"));
        UnitKind.Named("energy").GetHashCode().ShouldBe(UnitKind.Named("energy").GetHashCode());
        UnitKind.Named("energy").ShouldNotBe(UnitKind.Named("mass"));
    }

    [Fact]
    public void Kind_names_are_case_sensitive_like_every_name_in_the_language() =>
        UnitKind.Named("Count").ShouldNotBe(UnitKind.Count);

    [Fact]
    public void A_declared_unit_is_of_the_kind_its_kind_attribute_names()
    {
        UnitKind.OfDeclaredUnit("barrel", "count").ShouldBe(UnitKind.Count);
        UnitKind.OfDeclaredUnit("mwh", "energy").ShouldBe(UnitKind.Named("energy"));
        UnitKind.OfDeclaredUnit("VEF", "currency").ShouldBe(UnitKind.Currency);
    }

    [Fact]
    public void A_declared_unit_without_kind_is_its_own_kind() =>
        UnitKind.OfDeclaredUnit("tonne", kindAttribute: null).ShouldBe(UnitKind.Named("tonne"));

    // `unit tonne { kind "" }` crashed the compiler: a blank kind names no kind.
    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_declared_unit_with_a_blank_kind_is_its_own_kind(string kind) =>
        UnitKind.OfDeclaredUnit("tonne", kind).ShouldBe(UnitKind.Named("tonne"));

    [Fact]
    public void Kind_percent_sign_means_percent() =>
        UnitKind.OfDeclaredUnit("permille", "%").ShouldBe(UnitKind.Percent);

    [Fact]
    public void Only_the_currency_kind_is_a_currency()
    {
        UnitKind.Currency.IsCurrency.ShouldBeTrue();
        UnitKind.Named("currency").IsCurrency.ShouldBeTrue();
        UnitKind.Count.IsCurrency.ShouldBeFalse();
        UnitKind.Named("money").IsCurrency.ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_kind_needs_a_name(string name) => Should.Throw<ArgumentException>(() => UnitKind.Named(name));

    [Fact]
    public void A_kind_prints_as_its_name() => UnitKind.Named("energy").ToString().ShouldBe("energy");
}
