using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>textDocument/hover: a declaration's details, or a claim's normalized meaning and the findings it takes part in.</summary>
internal static class HoverHandler
{
    public static Hover? Hover(DocumentRequest request, CancellationToken cancellationToken)
    {
        // The findings are those the editor shows: configured severities, suppressed ones marked.
        var diagnostics = request.Snapshot.GetDiagnostics(cancellationToken);
        HoverInfo? hover = HoverProvider.GetHover(request.Model, request.Offset, diagnostics);
        return hover is null ? null : new Hover(new MarkupContent("markdown", hover.Markdown), request.RangeOf(hover.Span));
    }
}
