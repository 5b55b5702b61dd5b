using ClaimLang.Formatting;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>textDocument/formatting: the edits that give the buffer the layout <c>claimc fmt</c> writes.</summary>
internal static class FormattingHandler
{
    /// <summary>
    /// The formatter's own changes, each a minimal edit, so the editor keeps the caret and
    /// folds in place. A buffer with syntax errors gets no edits, as <c>claimc fmt</c> leaves such
    /// a file alone: its layout cannot be known, and the errors are already shown.
    /// </summary>
    public static TextEdit[] Format(WorkspaceDocument document)
    {
        FormattingResult result = ClaimFormatter.Format(document.Tree);
        if (!result.IsFormatted) return [];
        string text = document.Tree.Text.ToString();
        return [.. result.Changes.Select(c => WholeLineBreaks(text, c)).Select(c => new TextEdit(LspConversions.ToLspRange(document.Tree.Text, c.Span), c.NewText))];
    }

    // A position between the two characters of a CRLF has no line and character of its own (the
    // client puts it at the end of the line, before the CR), so an edit that starts or ends there
    // (the formatter turning CRLF into LF, say) takes in the neighbouring character as well.
    internal static TextChange WholeLineBreaks(string text, TextChange change)
    {
        int start = change.Span.Start, end = change.Span.End;
        string newText = change.NewText;
        if (InsideCrLf(text, start))
        {
            start--;
            newText = "\r" + newText;
        }
        if (InsideCrLf(text, end))
        {
            end++;
            newText += "\n";
        }
        return new TextChange(TextSpan.FromBounds(start, end), newText);
    }

    private static bool InsideCrLf(string text, int position) =>
        position > 0 && position < text.Length && text[position - 1] == '\r' && text[position] == '\n';
}
