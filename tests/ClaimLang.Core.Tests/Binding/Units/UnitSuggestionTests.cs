using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>The "did you mean" of CL2001.</summary>
public sealed class UnitSuggestionTests
{
    private static readonly UnitCatalog Catalog = UnitCatalog.Build(
    [
        new DeclaredUnit("barrel", "count"),
        new DeclaredUnit("megawatt_hour", "energy"),
    ]).Catalog;

    [Theory]
    [InlineData("usd", "USD")]
    [InlineData("Eur", "EUR")]
    [InlineData("COUNT", "count")]
    [InlineData("BARREL", "barrel")]
    [InlineData("brl", "BRL")]         // the Brazilian real: short names get case-insensitive matches
    public void A_name_in_the_wrong_case_suggests_the_right_case(string name, string expected) =>
        Catalog.SuggestClosest(name).ShouldBe(expected);

    [Theory]
    [InlineData("coun", "count")]      // a letter left out
    [InlineData("coutn", "count")]     // two letters swapped
    [InlineData("counts", "count")]    // a letter added
    [InlineData("barel", "barrel")]
    [InlineData("brrel", "barrel")]
    [InlineData("Barrels", "barrel")]  // case does not count as an edit
    [InlineData("bar", null)]          // too short for edits
    [InlineData("cout", "count")]      // COU (a fund code) is as close until case is looked at
    [InlineData("megawat_hours", "megawatt_hour")]
    [InlineData("USDD", "USD")]
    public void A_misspelt_name_suggests_the_closest_unit(string name, string? expected) =>
        Catalog.SuggestClosest(name).ShouldBe(expected);

    [Theory]
    [InlineData("UDS")]        // three characters: only a case-insensitive match is suggested
    [InlineData("USF")]        // one edit from USD and from USN: a guess either way
    [InlineData("US")]
    [InlineData("tons")]       // two edits from TOP: too far for a four-letter name
    [InlineData("brrls")]      // three edits from barrel
    [InlineData("furlong")]
    [InlineData("")]
    public void A_name_close_to_nothing_gets_no_suggestion(string name) =>
        Catalog.SuggestClosest(name).ShouldBeNull();

    [Theory]
    [InlineData("USD")]
    [InlineData("barrel")]
    public void A_known_unit_needs_no_suggestion(string name) => Catalog.SuggestClosest(name).ShouldBeNull();

    [Fact]
    public void A_case_insensitive_match_wins_over_a_closer_spelling()
    {
        var catalog = UnitCatalog.Build([new DeclaredUnit("Barrel", null), new DeclaredUnit("barrels", null)]).Catalog;

        catalog.SuggestClosest("barrel").ShouldBe("Barrel");
    }

    [Fact]
    public void Ties_go_to_the_ordinally_smaller_name_whatever_the_declaration_order()
    {
        UnitCatalog Declaring(params string[] names) =>
            UnitCatalog.Build(names.Select(n => new DeclaredUnit(n, null))).Catalog;

        Declaring("unitx", "unity").SuggestClosest("unitz").ShouldBe("unitx");
        Declaring("unity", "unitx").SuggestClosest("unitz").ShouldBe("unitx");
        Declaring("BARREL", "Barrel").SuggestClosest("barrel").ShouldBe("BARREL");
        Declaring("Barrel", "BARREL").SuggestClosest("barrel").ShouldBe("BARREL");
    }

    [Fact]
    public void Fewer_edits_win_over_ordinal_order()
    {
        var catalog = UnitCatalog.Build([new DeclaredUnit("abcdef", null), new DeclaredUnit("zbcdeg", null)]).Catalog;

        catalog.SuggestClosest("zbcdef").ShouldBe("abcdef"); // both one edit: ordinal
        catalog.SuggestClosest("zbcdegg").ShouldBe("zbcdeg"); // one edit against three
    }
}
