using ClaimLang.Binding;
using CsCheck;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>
/// "Did you mean" through the index gives the name a plain search of every declared name gives,
/// on random small projects and on near variants of their names.
/// </summary>
public sealed class NameSuggestionIndexTests
{
    // Few letters in both cases, so that near names, transpositions, case-only differences and
    // ties all come up; lengths up to 27, so every limit from 1 to 8 edits is used.
    private static readonly Gen<string> Names = Gen.OneOf(Gen.Char['a', 'd'], Gen.Char['A', 'B'], Gen.Const('_'))
        .Array[1, 27].Select(chars => new string(chars));

    private static readonly Gen<string> ShortNames = Gen.OneOf(Gen.Char['a', 'c'], Gen.Char['A', 'B'])
        .Array[1, 7].Select(chars => new string(chars));

    [Fact]
    public void Suggests_what_a_comparison_with_every_name_suggests()
    {
        Gen.Select(Gen.OneOf(Names, ShortNames).Array[0, 40], Gen.OneOf(Names, ShortNames)).Sample((declared, misspelt) =>
        {
            new NameSuggestionIndex(declared).Closest(misspelt).ShouldBe(Oracle(misspelt, declared), $"'{misspelt}' among {string.Join(' ', declared)}");
        }, iter: 20_000);
    }

    [Fact]
    public void Suggests_a_near_variant_of_a_declared_name_as_a_full_search_does()
    {
        // Variants made by a few edits of a declared name are near by construction, which random names rarely are.
        var edited = Gen.Select(Names.Array[1, 30], Gen.Int[0, 29], Gen.Int[0, 3].Array[1, 4], Gen.Int[0, 100].Array[4])
            .Select((declared, pick, edits, places) => (declared, Edit(declared[pick % declared.Length], edits, places)));
        edited.Sample(pair =>
        {
            var (declared, misspelt) = pair;
            new NameSuggestionIndex(declared).Closest(misspelt).ShouldBe(Oracle(misspelt, declared), $"'{misspelt}' among {string.Join(' ', declared)}");
        }, iter: 20_000);
    }

    [Fact]
    public void A_case_difference_goes_to_the_ordinally_first_name()
    {
        new NameSuggestionIndex(["iran", "IRAN", "Iran"]).Closest("iRAN").ShouldBe("IRAN");
    }

    [Fact]
    public void Among_many_names_the_one_near_is_found()
    {
        var declared = Enumerable.Range(0, 20_000).Select(i => $"entity_{i:x5}").Append("Syria").ToList();
        var index = new NameSuggestionIndex(declared);
        index.Closest("Syira").ShouldBe("Syria");
        index.Closest("entity_03a1bx").ShouldBe("entity_03a1b");
        index.Closest("entiyt_04e1f").ShouldBe("entity_04e1f");
    }

    // Each edit (0 substitute, 1 delete, 2 insert, 3 swap with the next) at a place picked from places.
    private static string Edit(string name, int[] edits, int[] places)
    {
        var chars = name.ToList();
        for (int i = 0; i < edits.Length; i++)
        {
            if (chars.Count == 0) break;
            int at = places[i] % chars.Count;
            switch (edits[i])
            {
                case 0: chars[at] = chars[at] == 'a' ? 'B' : 'a'; break;
                case 1: chars.RemoveAt(at); break;
                case 2: chars.Insert(at, 'c'); break;
                default:
                    if (at + 1 < chars.Count) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }
        }
        return chars.Count == 0 ? "x" : new string([.. chars]);
    }

    // The rule written out plainly: every declared name, the full table of the optimal string
    // alignment distance (case ignored), the fewest edits within a third of the length (1 to 8),
    // ties to the ordinally first.
    private static string? Oracle(string misspelt, IEnumerable<string> declared)
    {
        int limit = Math.Clamp(misspelt.Length / 3, 1, 8);
        return declared.Distinct()
            .Where(d => d != misspelt)
            .Select(d => (Name: d, Distance: FullEditDistance.Between(misspelt.ToUpperInvariant(), d.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }
}
