using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// The formatter's API as an editor uses it for "format document": the changes are as small as
/// the differences, counted in the text as it was, and a formatted file gives none.
/// </summary>
public sealed class ClaimFormatterApiTests
{
    private const string Claim = "source A says Iran -> Syria aid 1 USD 2018\n";

    [Fact]
    public void A_change_covers_only_the_characters_that_differ()
    {
        FormattingResult result = Format("source    A says Iran->Syria aid 1 USD 2018\n");

        result.Changes.ShouldBe([
            new TextChange(new TextSpan(7, 3), ""),    // three of the four spaces after 'source' go
            new TextChange(new TextSpan(21, 0), " "),  // 'Iran->Syria' gets a space before the arrow
            new TextChange(new TextSpan(23, 0), " "),  // and one after it
        ]);
        result.Text.ShouldBe(Claim);
    }

    [Fact]
    public void A_new_indentation_keeps_the_line_break_and_changes_only_the_spaces()
    {
        FormattingResult result = Format("source A\r\n\t  says Iran -> Syria aid 1 USD 2018\r\n");

        result.Changes.ShouldBe([new TextChange(new TextSpan(10, 1), "")]); // the tab goes, the two spaces after it stay
        result.Text.ShouldBe("source A\r\n  says Iran -> Syria aid 1 USD 2018\r\n");
    }

    [Fact]
    public void A_file_in_canonical_layout_gives_no_change_and_its_own_text()
    {
        SyntaxTree tree = SyntaxTree.ParseText(Claim);

        FormattingResult result = ClaimFormatter.Format(tree);

        result.IsFormatted.ShouldBeTrue();
        result.IsChanged.ShouldBeFalse();
        result.Changes.ShouldBeEmpty();
        result.Text.ShouldBeSameAs(tree.Text.Text);
        result.Tree.ShouldBeSameAs(tree);
    }

    [Fact]
    public void A_file_with_a_syntax_error_says_why_it_was_not_formatted()
    {
        SyntaxTree tree = SyntaxTree.ParseText("source   A says\n", "aid.claim");

        FormattingResult result = ClaimFormatter.Format(tree);

        result.IsFormatted.ShouldBeFalse();
        result.IsChanged.ShouldBeFalse();
        result.Text.ShouldBe("source   A says\n");
        result.SyntaxErrors.Select(d => d.ToString()).ShouldBe(
            ["aid.claim(1,16): error CL0001: expected the subject: an entity, or a flow such as 'Iran -> Syria' after 'says'"]);
    }

    [Fact]
    public void Format_needs_a_tree() => Should.Throw<ArgumentNullException>(() => ClaimFormatter.Format(null!));

    [Fact]
    public void Changes_are_applied_against_the_text_as_it_was()
    {
        TextChange[] changes = [new(new TextSpan(0, 1), "AB"), new(new TextSpan(2, 0), "-"), new(new TextSpan(3, 2), "")];

        TextChange.Apply("abcdef", changes).ShouldBe("ABb-cf");
        TextChange.Apply("abc", []).ShouldBe("abc");
    }

    [Theory]
    [InlineData(2, 0, 1, 0)] // out of order
    [InlineData(0, 2, 1, 1)] // overlapping
    [InlineData(5, 2, 7, 0)] // beyond the end
    public void Changes_out_of_order_overlapping_or_outside_the_text_are_refused(int start1, int length1, int start2, int length2)
    {
        TextChange[] changes = [new(new TextSpan(start1, length1), "x"), new(new TextSpan(start2, length2), "y")];

        Should.Throw<ArgumentException>(() => TextChange.Apply("abcdef", changes));
    }

    private static FormattingResult Format(string text) => ClaimFormatter.Format(SyntaxTree.ParseText(text));
}
