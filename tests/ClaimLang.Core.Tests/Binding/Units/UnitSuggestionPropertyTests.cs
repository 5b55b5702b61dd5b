using ClaimLang.Core.Tests.Binding;
using ClaimLang.Binding.Units;
using CsCheck;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>
/// CL2001's "did you mean", which looks only at the units its index finds near, suggests what the
/// rule gives when every unit is compared in full.
/// </summary>
public sealed class UnitSuggestionPropertyTests
{
    // Letters of currency codes in both cases, so that built-in units are near as well as declared ones.
    private static readonly Gen<string> Names = Gen.OneOf(Gen.Char['S', 'U'], Gen.Char['d', 'e'], Gen.Char['D', 'E'])
        .Array[1, 9].Select(chars => new string(chars));

    [Fact]
    public void Suggests_what_comparing_every_unit_suggests()
    {
        Gen.Select(Names.Array[0, 30], Names).Sample((declared, unknown) =>
        {
            var catalog = UnitCatalog.Build(declared.Distinct().Select(n => new DeclaredUnit(n, "count"))).Catalog;
            string[] all = [.. BuiltInUnits.All.Select(u => u.Name), .. catalog.DeclaredUnits.Select(u => u.Name)];
            catalog.SuggestClosest(unknown).ShouldBe(all.Contains(unknown) ? null : Oracle(unknown, all), $"'{unknown}' among {string.Join(' ', declared)}");
        }, iter: 3_000);
    }

    // The rule written out: a case-insensitive match first (ordinally first); else, from four
    // characters on, the fewest case-blind edits within a third of the longer name (1 or 2),
    // then the fewest edits counting case, then the ordinally first.
    private static string? Oracle(string name, string[] units)
    {
        var others = units.Where(u => u != name).ToList();
        string? sameIgnoringCase = others.Where(u => string.Equals(u, name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (sameIgnoringCase is not null || name.Length < 4) return sameIgnoringCase;
        return others
            .Select(u => (Unit: u, Blind: FullEditDistance.Between(name.ToUpperInvariant(), u.ToUpperInvariant()), Cased: FullEditDistance.Between(name, u)))
            .Where(c => c.Blind <= Math.Clamp(Math.Max(name.Length, c.Unit.Length) / 3, 1, 2))
            .OrderBy(c => c.Blind).ThenBy(c => c.Cased).ThenBy(c => c.Unit, StringComparer.Ordinal)
            .Select(c => c.Unit)
            .FirstOrDefault();
    }
}
