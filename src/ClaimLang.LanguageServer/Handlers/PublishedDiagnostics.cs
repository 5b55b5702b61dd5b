using System.Text.Json;
using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>
/// What was last sent for a document. Its fingerprint (the diagnostics as JSON) is worked out
/// only when a later run must compare with it: the edited document is sent whatever it holds,
/// and in the usual session of one large file nothing else is, so a thousand diagnostics were
/// serialized after every edit only to be compared with nothing.
/// </summary>
internal sealed class PublishedDiagnostics(LspDiagnostic[] diagnostics)
{
    private string? _fingerprint;

    public string Fingerprint => _fingerprint ??= JsonSerializer.Serialize(diagnostics, LspJsonContext.Default.LspDiagnosticArray);

    /// <summary>Whether <paramref name="other"/> says exactly what these say.</summary>
    public bool SaysTheSameAs(PublishedDiagnostics other) => Fingerprint == other.Fingerprint;
}
