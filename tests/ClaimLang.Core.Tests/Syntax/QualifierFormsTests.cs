using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>The four qualifiers, each at most once and in any order (docs/language.md, "Qualifiers").</summary>
public sealed class QualifierFormsTests
{
    private static readonly (string Text, SyntaxKind Kind)[] Qualifiers =
    [
        ("as of 2018-06-08", SyntaxKind.AsOfQualifier),
        ("note \"since the war began\"", SyntaxKind.NoteQualifier),
        ("cite \"https://www.bloomberg.com/...\"", SyntaxKind.CiteQualifier),
        ("status retracted", SyntaxKind.StatusQualifier),
    ];

    /// <summary>All 24 orders of the four qualifiers, as indexes into <see cref="Qualifiers"/>.</summary>
    public static TheoryData<string> AllOrders()
    {
        var data = new TheoryData<string>();
        foreach (var order in Permutations([0, 1, 2, 3])) data.Add(string.Concat(order));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllOrders))]
    public void Every_qualifier_in_any_order(string order)
    {
        var chosen = order.Select(c => Qualifiers[c - '0']).ToList();
        ClaimSyntax claim = Parse.ValidClaim(
            "source Bloomberg says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015 " + string.Join(" ", chosen.Select(q => q.Text)));
        claim.Qualifiers.Select(q => q.Kind).ShouldBe(chosen.Select(q => q.Kind));
    }

    [Fact]
    public void Qualifiers_expose_their_parts()
    {
        ClaimSyntax claim = Parse.ValidClaim(
            "source BBC says Iran -> Syria aid 1 USD 2011 as of 2018 note \"a \\\"b\\\" \\\\ \\n \\t\" cite \"c\" status disputed");
        var asOf = claim.Qualifiers[0].ShouldBeOfType<AsOfQualifierSyntax>();
        (asOf.AsKeyword.Kind, asOf.OfKeyword.Kind, asOf.Date.Text).ShouldBe((SyntaxKind.AsKeyword, SyntaxKind.OfKeyword, "2018"));
        asOf.Keyword.ShouldBe(asOf.AsKeyword);
        claim.Qualifiers[1].ShouldBeOfType<NoteQualifierSyntax>().Text.Text.ShouldBe("\"a \\\"b\\\" \\\\ \\n \\t\"");
        claim.Qualifiers[2].ShouldBeOfType<CiteQualifierSyntax>().Text.Text.ShouldBe("\"c\"");
        var status = claim.Qualifiers[3].ShouldBeOfType<StatusQualifierSyntax>();
        (status.Keyword.Kind, status.Value.Text).ShouldBe((SyntaxKind.StatusKeyword, "disputed"));
    }

    [Theory]
    [InlineData("retracted")]
    [InlineData("disputed")]
    public void Both_status_values_are_accepted(string value) =>
        Parse.ValidClaim($"source BBC says Iran -> Syria aid 1 USD 2011 status {value}")
            .Qualifiers.ShouldHaveSingleItem().ShouldBeOfType<StatusQualifierSyntax>().Value.Text.ShouldBe(value);

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (int i = 0; i < items.Length; i++)
        {
            int[] rest = [.. items[..i], .. items[(i + 1)..]];
            foreach (int[] tail in Permutations(rest)) yield return [items[i], .. tail];
        }
    }
}
