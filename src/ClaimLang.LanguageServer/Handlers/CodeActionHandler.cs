using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/codeAction: the quick fixes of the diagnostics under the requested range
/// (declare a missing name, take the suggested spelling, suppress a finding on its claim).
/// </summary>
internal static class CodeActionHandler
{
    private const string QuickFix = "quickfix";

    public static CodeAction[] Fixes(DocumentRequest request, LspRange range, string[]? only, CancellationToken cancellationToken)
    {
        if (only is { Length: > 0 } && !only.Any(kind => QuickFix.StartsWith(kind, StringComparison.Ordinal))) return [];
        SourceText text = request.Document.Tree.Text;
        int start = request.Offset; // the request was placed at the range's start
        TextSpan requested = TextSpan.FromBounds(start, Math.Max(start, LspConversions.ToOffset(text, range.End, request.Document.Uri)));

        // The diagnostics are the server's own (as published), not the client's copies, which
        // may be stale or lack what a fix needs.
        var fixes = new List<CodeAction>();
        foreach (Diagnostic diagnostic in request.Snapshot.GetDiagnostics(cancellationToken))
        {
            if (diagnostic.IsSuppressed || diagnostic.Location.FilePath != request.Document.DisplayPath) continue;
            if (!Touches(diagnostic.Location.Span, requested)) continue;
            LspDiagnostic fixedDiagnostic = DiagnosticConverter.ToLsp(diagnostic, request.Snapshot);
            foreach (CodeFix fix in CodeFixes.GetFixes(request.Model, diagnostic))
            {
                fixes.Add(new CodeAction(fix.Title, QuickFix, [fixedDiagnostic], fix.IsPreferred ? true : null, WorkspaceEdits.From(fix.Changes, request.Snapshot)));
            }
        }
        return [.. fixes];
    }

    // A caret (an empty range) at either end of a diagnostic still asks for its fixes.
    private static bool Touches(TextSpan diagnostic, TextSpan requested) =>
        requested.Start <= diagnostic.End && diagnostic.Start <= requested.End;
}
