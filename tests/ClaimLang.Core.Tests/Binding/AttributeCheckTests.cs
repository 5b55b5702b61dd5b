namespace ClaimLang.Core.Tests.Binding;

/// <summary>CL1006: unknown attributes and bad attribute values are warned about; known, well-formed ones are not.</summary>
public sealed class AttributeCheckTests
{
    private static string[] Check(string declaration) =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim", declaration)), "CL1006");

    [Fact]
    public void Every_known_attribute_with_a_good_value_is_accepted()
    {
        string[] declarations =
        [
            "source BBC_Persian \"BBC Persian\" { kind broadcaster  published 2018-02  url \"https://www.bbc.com/persian\"  reliability B }",
            "source JCPA { published 2018 }",
            "person de_Mistura { role \"UN special envoy for Syria\" }",
            "entity Iran \"Iran\" { kind country  code IRN }",
            "metric poverty_rate { kind level  unit %  min 0  max 100 }",
            "metric rial_value_change { kind level  unit %  min -100 }",
            "metric aid { kind flow  unit USD  max 1 trillion }",
            "unit barrel \"Barrel of oil\" { kind count }",
        ];
        foreach (string declaration in declarations) Check(declaration).ShouldBeEmpty(declaration);
    }

    [Theory]
    [InlineData("source S { reliability G }", "d.claim(1,24): CL1006: reliability G is not an Admiralty grade: use a letter from A (reliable) to F (cannot be judged)")]
    [InlineData("source S { reliability b }", "d.claim(1,24): CL1006: reliability b is not an Admiralty grade: use a letter from A (reliable) to F (cannot be judged)")]
    [InlineData("source S { published soon }", "d.claim(1,22): CL1006: 'published' takes a date such as 2018, 2018-02 or 2018-02-14, not soon")]
    [InlineData("source S { url bbc }", "d.claim(1,16): CL1006: 'url' takes a quoted string, as in url \"https://www.bbc.com/persian\"")]
    [InlineData("metric m { kind stock }", "d.claim(1,17): CL1006: a metric's kind is flow (an amount moved over time) or level (a state at a time), not stock")]
    [InlineData("metric m { min low }", "d.claim(1,16): CL1006: 'min' takes a number, not low")]
    [InlineData("metric m { unit \"USD\" }", "d.claim(1,17): CL1006: 'unit' takes a unit name such as USD, % or count, not \"USD\"")]
    public void A_bad_value_is_named_with_what_the_attribute_takes(string declaration, string expected) =>
        Check(declaration).ShouldBe([expected]);

    [Fact]
    public void An_unknown_attribute_suggests_the_closest_known_one() =>
        Check("source S { relability A  colour red }").ShouldBe(
        [
            "d.claim(1,12): CL1006: 'relability' is not an attribute of a source; did you mean 'reliability'? (it is kept in the dataset)",
            "d.claim(1,26): CL1006: 'colour' is not an attribute of a source (those are: kind, published, url, reliability); it is kept in the dataset",
        ]);

    [Fact]
    public void An_attribute_given_twice_points_at_the_first() =>
        Check("entity E { code IRN\n  code IRQ }").ShouldBe(
        [
            "d.claim(2,3): CL1006: 'code' is given twice; the first value counts",
            "  d.claim(1,12): 'code' is first given here",
        ]);

    [Fact]
    public void A_min_above_the_max_admits_no_value() =>
        Check("metric m { kind level  unit %  min 2 thousand  max 100 }").ShouldBe(
        [
            "d.claim(1,36): CL1006: min 2 thousand is above max 100: no value could satisfy both",
            "  d.claim(1,52): the max",
        ]);
}
