using ClaimLang.LanguageServer.Handlers;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Tests.Handlers;

/// <summary>
/// A formatting edit that starts or ends between the CR and the LF of a line break cannot be
/// said in lines and characters (the client puts that place before the CR): it is widened to
/// take the whole line break in, with the same effect on the text. Found by the replay test
/// (seed 1809457565), where the editor's text and `claimc fmt`'s then differed by a CR.
/// </summary>
public sealed class FormattingLineBreakTests
{
    [Theory]
    [InlineData("ab\r\ncd", 2, 1, "")]    // CRLF to LF: the edit ends inside the line break
    [InlineData("ab\r\ncd", 3, 0, "x")]   // an insertion between CR and LF
    [InlineData("ab\r\ncd", 3, 2, "")]    // starts inside the line break
    [InlineData("ab\ncd", 2, 1, " ")]     // no CRLF: left as it is
    public void An_edit_inside_a_line_break_is_widened_to_the_whole_of_it(string text, int start, int length, string newText)
    {
        var change = new TextChange(new TextSpan(start, length), newText);
        TextChange widened = FormattingHandler.WholeLineBreaks(text, change);

        Apply(text, widened).ShouldBe(Apply(text, change));
        foreach (int position in new[] { widened.Span.Start, widened.Span.End })
            (position > 0 && position < text.Length && text[position - 1] == '\r' && text[position] == '\n').ShouldBeFalse($"{position} lies inside a CRLF");
        if (!text.Contains('\r')) widened.ShouldBe(change);
    }

    private static string Apply(string text, TextChange change) =>
        text[..change.Span.Start] + change.NewText + text[change.Span.End..];
}
