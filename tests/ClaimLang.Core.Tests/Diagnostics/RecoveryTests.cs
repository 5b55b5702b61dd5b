using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// Error recovery: one mistake gives one diagnostic (docs/language.md, "Diagnostics": the
/// parser "recovers without a cascade"), and a broken member hides nothing after it: the
/// claims that follow parse into complete claim nodes, as an analyst editing one line of a
/// long file expects.
/// </summary>
public sealed class RecoveryTests
{
    private const string ValidClaims =
        "\nsource BBC says Iran -> Syria aid 6e9 USD/yr 2018 as of 2018-06-08" +
        "\nsource DW quoting Shehadi says Iran -> Syria aid >= 12e9 USD/yr 2018\n";

    [Theory]
    [InlineData("source BBC says Iran -> Syria 36e9 USD")]          // no period
    [InlineData("source BBC says Iran -> 36e9 USD 2011")]           // no flow target
    [InlineData("source BBC says Iran -> Syria 36e9 2011")]         // no unit
    [InlineData("source BBC says Iran -> Syria aid USD 2011")]      // no amount
    [InlineData("source BBC says -> Syria 36e9 USD 2011")]          // no flow source
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011 as 2018")] // 'as' without 'of'
    [InlineData("source BBC says Iran -> Syria 36e9 USD 2011 2012")] // a stray date
    [InlineData("source says Iran -> Syria 36e9 USD 2011")]          // no source name
    [InlineData("source BBC quoting says Iran -> Syria 36e9 USD 2011")] // no speaker
    [InlineData("bbc source BBC says Iran -> Syria 36e9 USD 2011")]  // label without ':'
    [InlineData("entity Iran { kind }")]                              // attribute without value
    public void A_broken_member_gives_one_diagnostic_and_the_claims_after_it_parse(string broken)
    {
        SyntaxTree tree = Parse.Any(broken + ValidClaims);

        tree.Diagnostics.Select(DiagnosticFormatter.Format).Count().ShouldBe(1, DiagnosticFormatter.FormatAll(tree.Diagnostics));
        tree.Diagnostics[0].Id.ShouldBe("CL0001");
        tree.Diagnostics[0].Location.Start.Line.ShouldBe(0, "the mistake is on the first line");
        ShouldEndWithTheValidClaims(tree);
    }

    [Fact]
    public void Two_broken_claims_give_two_diagnostics_and_the_valid_claim_between_them_parses()
    {
        SyntaxTree tree = Parse.Any(
            "source BBC says Iran -> Syria 36e9 USD\n" +
            "source BBC says Iran -> Syria aid 6e9 USD/yr 2018\n" +
            "source BBC says Iran -> Syria 36e9 USD 2011 status\n");

        tree.Diagnostics.Select(DiagnosticFormatter.Format).ShouldBe(
        [
            "(1,39)-(1,39): error CL0001: expected a period (a year such as 2018, a month 2018-06, a day 2018-06-08, " +
            "or a range such as 2011..2017) after 'USD'",
            "(3,51)-(3,51): error CL0001: expected 'retracted' or 'disputed' after 'status'",
        ]);
        var claims = tree.Root.Claims.ToList();
        claims.Count.ShouldBe(3);
        claims[1].DescendantTokens().ShouldAllBe(t => !t.IsMissing);
        claims[1].Rate.ShouldNotBeNull().TimeUnit.Text.ShouldBe("yr");
    }

    // The name where a string or date belongs is the one mistake: it must not be reported again
    // as the start of a member that is neither a declaration nor a claim.
    [Theory]
    [InlineData("source BBC says Iran -> Syria 1 USD 2011 note x",
        "(1,47)-(1,48): error CL0001: expected a quoted string after 'note', found 'x'")]
    [InlineData("source BBC says Iran -> Syria 1 USD 2011 cite x",
        "(1,47)-(1,48): error CL0001: expected a quoted string after 'cite', found 'x'")]
    [InlineData("source BBC says Iran -> Syria 1 USD 2011 as of x",
        "(1,48)-(1,49): error CL0001: expected a date (2018, 2018-06 or 2018-06-08) after 'of', found 'x'")]
    [InlineData("source BBC says Iran -> Syria 1 USD/mo x",
        "(1,40)-(1,41): error CL0001: expected a period (a year such as 2018, a month 2018-06, a day 2018-06-08, " +
        "or a range such as 2011..2017) after 'mo', found 'x'")]
    public void A_name_instead_of_a_string_or_date_is_one_diagnostic(string broken, string expected)
    {
        SyntaxTree tree = Parse.Any(broken + ValidClaims);

        tree.Diagnostics.Select(DiagnosticFormatter.Format).ShouldBe([expected]);
        ShouldEndWithTheValidClaims(tree);
    }

    // A label starts a member (the parser's own recovery stops at `NAME :`), so a member cut short
    // at the end of a line must not take the next claim's label as its missing name.
    [Theory]
    [InlineData("source BBC says Iran ->")]
    [InlineData("source BBC says")]
    [InlineData("source BBC quoting")]
    [InlineData("source BBC says Iran -> Syria")]
    [InlineData("source BBC says Iran -> Syria 5 USD/")]
    [InlineData("source BBC says Iran -> Syria 5 USD 2011 status")]
    [InlineData("entity Iran { kind")]
    public void A_member_cut_short_does_not_swallow_the_label_of_the_next_claim(string broken)
    {
        SyntaxTree tree = Parse.Any(broken + "\nnext: source BBC says Iran -> Syria aid 6e9 USD/yr 2018\n");

        tree.Diagnostics.Count().ShouldBe(1, DiagnosticFormatter.FormatAll(tree.Diagnostics));
        tree.Diagnostics[0].Location.Start.Line.ShouldBe(0, "the mistake is on the first line: " + DiagnosticFormatter.FormatAll(tree.Diagnostics));
        ClaimSyntax last = tree.Root.Members[^1].ShouldBeOfType<ClaimSyntax>();
        last.Label.ShouldNotBeNull("the labelled claim lost its label").Identifier.Text.ShouldBe("next");
        last.DescendantTokens().ShouldAllBe(t => !t.IsMissing);
    }

    // An attribute block left open must not turn the claims after it into attributes: `source`,
    // `says` and the other keywords may name attributes, but a claim's `->` and amount cannot
    // belong to a block.
    [Fact]
    public void An_unclosed_attribute_block_gives_one_diagnostic_about_the_brace_and_hides_no_claim()
    {
        SyntaxTree tree = Parse.Any("entity Iran { kind country" + ValidClaims);

        tree.Diagnostics.Count().ShouldBe(1, DiagnosticFormatter.FormatAll(tree.Diagnostics));
        tree.Diagnostics[0].Message.ShouldContain("'}'");
        ShouldEndWithTheValidClaims(tree);
    }

    private static void ShouldEndWithTheValidClaims(SyntaxTree tree)
    {
        var members = tree.Root.Members;
        members.Length.ShouldBeGreaterThanOrEqualTo(2, "the valid claims are missing from the tree");
        ClaimSyntax first = members[^2].ShouldBeOfType<ClaimSyntax>();
        ClaimSyntax second = members[^1].ShouldBeOfType<ClaimSyntax>();
        first.DescendantTokens().ShouldAllBe(t => !t.IsMissing);
        second.DescendantTokens().ShouldAllBe(t => !t.IsMissing);
        first.Source.Text.ShouldBe("BBC");
        first.Qualifiers.ShouldHaveSingleItem().ShouldBeOfType<AsOfQualifierSyntax>().Date.Text.ShouldBe("2018-06-08");
        second.Source.Text.ShouldBe("DW");
        second.Speakers.ShouldHaveSingleItem().Speaker.Text.ShouldBe("Shehadi");
        second.Amount.ShouldBeOfType<BoundAmountSyntax>().OperatorToken.Kind.ShouldBe(SyntaxKind.GreaterEqualsToken);
        second.TriviaKinds().ShouldNotContain(SyntaxKind.SkippedTokenTrivia);
    }
}
