using ClaimLang.Diagnostics;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>Core locations (a display path and line span) as protocol locations (a URI and range).</summary>
internal static class LocationConverter
{
    /// <summary>The protocol location; null when the file is not a document of the snapshot.</summary>
    public static LspLocation? ToLsp(Location location, WorkspaceSnapshot snapshot) =>
        snapshot.UriOf(location) is { } uri ? new LspLocation(uri, LspConversions.ToLsp(location.LineSpan)) : null;
}
