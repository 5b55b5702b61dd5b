using ClaimLang.Diagnostics;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>A core diagnostic as the protocol carries it: the same code, span, severity, message and related locations <c>claimc check</c> reports.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "claimc";

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, WorkspaceSnapshot snapshot)
    {
        DiagnosticRelatedInformation[]? related = null;
        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            related = diagnostic.RelatedLocations
                .Select(r => LocationConverter.ToLsp(r.Location, snapshot) is { } location ? new DiagnosticRelatedInformation(location, r.Message) : null)
                .OfType<DiagnosticRelatedInformation>()
                .ToArray();
        }
        return new LspDiagnostic(
            LspConversions.ToLsp(diagnostic.Location.LineSpan),
            LspConversions.ToLsp(diagnostic.Severity),
            diagnostic.Id,
            CodeDescription: null,
            Source,
            diagnostic.Message,
            related);
    }
}
