using ClaimLang.Formatting;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

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
        return [.. result.Changes.Select(c => new TextEdit(LspConversions.ToLspRange(document.Tree.Text, c.Span), c.NewText))];
    }
}
