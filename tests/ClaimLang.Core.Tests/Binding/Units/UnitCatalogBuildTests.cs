using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

public sealed class UnitCatalogBuildTests
{
    [Fact]
    public void Declared_units_join_the_built_in_ones()
    {
        var result = UnitCatalog.Build([new DeclaredUnit("barrel", "count"), new DeclaredUnit("mwh", "energy"), new DeclaredUnit("tonne", null)]);

        result.Conflicts.ShouldBeEmpty();
        var catalog = result.Catalog;
        catalog.TryGet("barrel", out var barrel).ShouldBeTrue();
        barrel.ShouldBe(new UnitInfo("barrel", UnitKind.Count, IsBuiltIn: false));
        catalog.TryGet("mwh", out var mwh).ShouldBeTrue();
        mwh.Kind.ShouldBe(UnitKind.Named("energy"));
        catalog.TryGet("tonne", out var tonne).ShouldBeTrue();
        tonne.Kind.ShouldBe(UnitKind.Named("tonne"));
        catalog.TryGet("USD", out var usd).ShouldBeTrue();
        usd.IsBuiltIn.ShouldBeTrue();
        catalog.DeclaredUnits.Select(u => u.Name).ShouldBe(["barrel", "mwh", "tonne"]);
    }

    [Fact]
    public void A_project_with_a_blank_unit_kind_compiles_with_the_unit_as_its_own_kind()
    {
        var compilation = ProjectBuilder.Compile(("units.claim", "unit tonne { kind \"\" }\nmetric steel { unit tonne }\nsource S\nentity A\nsource S says A steel 5 tonne 2018\n"));

        compilation.GetDiagnostics().ShouldBeEmpty();
        compilation.Units.TryGet("tonne", out var tonne).ShouldBeTrue();
        tonne.Kind.ShouldBe(UnitKind.Named("tonne"));
    }

    [Fact]
    public void A_declared_unit_of_kind_currency_is_a_currency()
    {
        var catalog = UnitCatalog.Build([new DeclaredUnit("VEF", "currency")]).Catalog;

        catalog.TryGet("VEF", out var vef).ShouldBeTrue();
        vef.IsCurrency.ShouldBeTrue();
        vef.IsBuiltIn.ShouldBeFalse();
    }

    [Fact]
    public void Lookup_is_case_sensitive_for_declared_units_too()
    {
        var catalog = UnitCatalog.Build([new DeclaredUnit("barrel", "count")]).Catalog;

        catalog.Contains("barrel").ShouldBeTrue();
        catalog.Contains("Barrel").ShouldBeFalse();
        catalog.Contains("usd").ShouldBeFalse();
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("XXX")]
    [InlineData("count")]
    [InlineData("%")]
    public void A_declared_unit_may_not_redefine_a_built_in_one(string name)
    {
        var redefinition = new DeclaredUnit(name, "energy");
        var result = UnitCatalog.Build([new DeclaredUnit("barrel", "count"), redefinition]);

        var conflict = result.Conflicts.ShouldHaveSingleItem();
        conflict.Declared.ShouldBeSameAs(redefinition);
        conflict.RedefinesBuiltIn.ShouldBeTrue();
        conflict.Existing.Name.ShouldBe(name);
        conflict.Existing.IsBuiltIn.ShouldBeTrue();
        conflict.EarlierDeclaration.ShouldBeNull();
        result.Catalog.TryGet(name, out var unit).ShouldBeTrue();
        unit.IsBuiltIn.ShouldBeTrue("the built-in unit keeps its meaning");
        result.Catalog.DeclaredUnits.Select(u => u.Name).ShouldBe(["barrel"]);
    }

    [Fact]
    public void A_name_declared_twice_keeps_the_first_and_reports_the_second()
    {
        var first = new DeclaredUnit("barrel", "count");
        var second = new DeclaredUnit("barrel", "volume");
        var result = UnitCatalog.Build([first, second]);

        var conflict = result.Conflicts.ShouldHaveSingleItem();
        conflict.Declared.ShouldBeSameAs(second);
        conflict.EarlierDeclaration.ShouldBeSameAs(first);
        conflict.RedefinesBuiltIn.ShouldBeFalse();
        result.Catalog.TryGet("barrel", out var barrel).ShouldBeTrue();
        barrel.Kind.ShouldBe(UnitKind.Count);
    }

    [Fact]
    public void Names_differing_only_in_case_are_different_units()
    {
        var result = UnitCatalog.Build([new DeclaredUnit("usd", "count"), new DeclaredUnit("Barrel", null), new DeclaredUnit("barrel", null)]);

        result.Conflicts.ShouldBeEmpty();
        result.Catalog.TryGet("usd", out var lowerUsd).ShouldBeTrue();
        lowerUsd.IsCurrency.ShouldBeFalse();
    }

    [Fact]
    public void The_catalog_does_not_change_when_the_declarations_it_was_built_from_do()
    {
        var declarations = new List<DeclaredUnit> { new("barrel", "count") };
        var catalog = UnitCatalog.Build(declarations).Catalog;
        declarations.Add(new DeclaredUnit("mwh", "energy"));

        catalog.Contains("mwh").ShouldBeFalse();
        catalog.DeclaredUnits.Length.ShouldBe(1);
    }

    [Fact]
    public void The_built_in_only_catalog_declares_nothing()
    {
        UnitCatalog.BuiltInOnly.DeclaredUnits.ShouldBeEmpty();
        UnitCatalog.BuiltInOnly.Contains("EUR").ShouldBeTrue();
        UnitCatalog.BuiltInOnly.Contains("barrel").ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_declared_unit_needs_a_name(string name) =>
        Should.Throw<ArgumentException>(() => new DeclaredUnit(name, null));
}
