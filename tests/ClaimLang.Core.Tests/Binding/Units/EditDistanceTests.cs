using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using CsCheck;

namespace ClaimLang.Core.Tests.Binding.Units;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "abd", 1)]
    [InlineData("abc", "abcd", 1)]
    [InlineData("abcd", "acd", 1)]
    [InlineData("ab", "ba", 1)]          // a transposition is one edit
    [InlineData("UDS", "USD", 1)]
    [InlineData("ca", "abc", 3)]         // optimal string alignment: a transposed pair is not edited again
    [InlineData("kitten", "sitting", 3)]
    public void Counts_the_fewest_edits(string a, string b, int expected)
    {
        EditDistance.DamerauLevenshtein(a, b, ignoreCase: false).ShouldBe(expected);
        EditDistance.DamerauLevenshtein(b, a, ignoreCase: false).ShouldBe(expected);
        EditDistance.DamerauLevenshtein(a, b, ignoreCase: true).ShouldBe(expected);
    }

    [Theory]
    [InlineData("USD", "usd", 0, 3)]
    [InlineData("cout", "COU", 1, 4)]
    [InlineData("Barel", "barrel", 1, 2)]
    [InlineData("straße", "STRASSE", 2, 7)] // ß has no single-character upper case
    public void Case_differences_are_edits_only_when_case_is_not_ignored(string a, string b, int ignoringCase, int withCase)
    {
        EditDistance.DamerauLevenshtein(a, b, ignoreCase: true).ShouldBe(ignoringCase);
        EditDistance.DamerauLevenshtein(a, b, ignoreCase: false).ShouldBe(withCase);
    }

    // Short strings over a few letters, so that near and far pairs, transpositions and case both come up.
    private static readonly Gen<string> Words = Gen.OneOf(Gen.Char['a', 'c'], Gen.Char['A', 'C'])
        .Array[0, 12].Select(chars => new string(chars));

    [Fact]
    public void With_a_limit_the_distance_is_exact_up_to_it_and_above_it_beyond()
    {
        Gen.Select(Words, Words, Gen.Int[0, 7], Gen.Bool).Sample((a, b, max, ignoreCase) =>
        {
            int full = EditDistance.DamerauLevenshtein(a, b, ignoreCase);
            int limited = EditDistance.DamerauLevenshtein(a, b, ignoreCase, max);
            if (full <= max) limited.ShouldBe(full, $"'{a}' to '{b}' within {max}");
            else limited.ShouldBeGreaterThan(max, $"'{a}' to '{b}' beyond {max}");
        }, iter: 20_000);
    }

    [Fact]
    public void Two_long_names_far_apart_are_told_apart_within_the_limit()
    {
        string a = new('x', 50_000), b = new('y', 50_000);
        EditDistance.DamerauLevenshtein(a, b, ignoreCase: true, max: 8).ShouldBeGreaterThan(8);
        EditDistance.DamerauLevenshtein(a, a[..^3] + "yyy", ignoreCase: true, max: 8).ShouldBe(3);
    }
}
