using ClaimLang.Core.Tests.Binding;

namespace ClaimLang.Core.Tests.Binding.Meaning;

/// <summary>
/// Messages quote a claim's amount, unit and period as written, but in canonical spacing and
/// without comments: a message reads the same however the claim was spaced or split over lines,
/// so reformatting a file never changes a diagnostic.
/// </summary>
public sealed class MessageWordingTests
{
    private const string Declarations = """
        source S
        source T
        entity A
        entity B
        metric aid { kind flow  unit USD }
        """;

    [Theory]
    [InlineData("source S says A -> B aid 15 /* sic */ ..\n  14\tbillion USD 2018", "CL2003: the range 15..14 billion is empty: its lower end is above its upper end")]
    [InlineData("source S says A -> B aid 5e9 USD 2017 ..  2011", "CL3001: the period 2017..2011 ends before it starts")]
    [InlineData("source S says A -> B aid -5  thousand USD / yr 2018", "CL2004: -5 thousand USD/yr is below aid's min 0 (a flow is never negative unless the metric's min allows it)")]
    [InlineData("source S says A -> B aid 5e9 USD 2018\n  ..2019 as of 2018-06", "CL3002: a total over 2018..2019 stated as of 2018-06, before the period ended: it can only be a forecast or a figure so far; give the period up to 2018-06, or a rate")]
    public void A_message_quotes_the_claim_in_canonical_spacing(string claims, string expected) =>
        Messages(claims).ShouldBe([expected]);

    [Fact]
    public void A_conflict_quotes_both_claims_in_canonical_spacing() =>
        Messages("source T says A -> B aid 15e9 .. 20e9 USD / yr 2011 .. 2015\nsource S says A -> B aid 36e9 USD 2011 ..\n2016").ShouldBe(
        [
            "CL4001: 36e9 USD over 2011..2016, but T says at least 72.5e9 USD over 2011..2015, which lies within that period",
            "T says 15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total",
        ]);

    // The messages (and related locations' messages) without their locations, which spacing moves.
    private static IEnumerable<string> Messages(string claims) =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim", Declarations), ("c.claim", claims)), "CL")
            .Where(d => !d.Contains("CL1004", StringComparison.Ordinal))
            .Select(d => d[(d.IndexOf("): ", StringComparison.Ordinal) + 3)..]);
}
