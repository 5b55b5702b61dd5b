using ClaimLang.Binding;
using ClaimLang.Binding.Units;

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
}
