using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>Trivia and layout: claims over several lines, CRLF, comments anywhere, a BOM, members on one line.</summary>
public sealed class LayoutTests
{
    private const string SpanningClaim =
        "source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n" +
        "    as of 2015-06  note \"since the war began\"  cite \"https://www.bloomberg.com/...\"\n" +
        "source Iran_officials says Iran poverty_rate ~80 % 2018\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_claim_spans_lines_until_the_next_member_begins(string lineBreak)
    {
        var claims = Parse.Valid(SpanningClaim.Replace("\n", lineBreak)).Root.Claims.ToList();
        claims.Count.ShouldBe(2);
        claims[0].Qualifiers.Select(q => q.Kind).ShouldBe([SyntaxKind.AsOfQualifier, SyntaxKind.NoteQualifier, SyntaxKind.CiteQualifier]);
        claims[1].Subject.IsFlow.ShouldBeFalse();
    }

    [Fact]
    public void A_line_break_is_the_trailing_trivia_of_the_last_token_on_its_line()
    {
        ClaimSyntax claim = Parse.Valid("source BBC says Iran -> Syria\r\n  36e9 USD 2011\r\n").Root.Claims.Single();
        SyntaxToken syria = claim.Subject.To!.Value;
        syria.TrailingTrivia.Select(t => t.Kind).ShouldBe([SyntaxKind.EndOfLineTrivia]);
        syria.TrailingTrivia[0].Text.ShouldBe("\r\n");
        claim.Amount.FirstToken.LeadingTrivia.Select(t => (t.Kind, t.Text)).ShouldBe([(SyntaxKind.WhitespaceTrivia, "  ")]);
    }

    [Fact]
    public void Comments_may_sit_between_any_two_parts_of_a_claim()
    {
        ClaimSyntax claim = Parse.Valid(
            "source Tanker_Watch /* estimate */ says Iran -> Syria\n    oil_shipments       // the metric\n    15..25 million barrel 2014")
            .Root.Claims.Single();
        claim.Metric.ShouldNotBeNull().Text.ShouldBe("oil_shipments");
        claim.Metric!.Value.TrailingTrivia.Select(t => t.Kind)
            .ShouldBe([SyntaxKind.WhitespaceTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia]);
    }

    [Fact]
    public void Members_may_follow_each_other_on_one_line()
    {
        var members = Parse.Valid("entity Iran entity Syria source BBC says Iran -> Syria 1 USD 2011 person P").Root.Members;
        members.Select(m => m.Kind).ShouldBe([SyntaxKind.Declaration, SyntaxKind.Declaration, SyntaxKind.Claim, SyntaxKind.Declaration]);
    }

    [Fact]
    public void A_byte_order_mark_is_leading_trivia()
    {
        SyntaxTree tree = Parse.Valid("\uFEFFsource BBC");
        tree.Root.Members.ShouldHaveSingleItem().FirstToken.LeadingTrivia.Select(t => (t.Kind, t.Text))
            .ShouldBe([(SyntaxKind.WhitespaceTrivia, "\uFEFF")]);
    }

    [Fact]
    public void Trivia_after_the_last_member_belongs_to_the_end_of_file_token()
    {
        SyntaxTree tree = Parse.Valid("source BBC\n\n// the end\n/* really */");
        SyntaxToken endOfFile = tree.Root.EndOfFileToken;
        endOfFile.Kind.ShouldBe(SyntaxKind.EndOfFileToken);
        endOfFile.LeadingTrivia.Select(t => t.Kind).ShouldBe(
            [SyntaxKind.EndOfLineTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia, SyntaxKind.BlockCommentTrivia]);
    }
}
