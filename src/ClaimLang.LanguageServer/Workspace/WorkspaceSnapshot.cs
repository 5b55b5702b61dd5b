using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// The workspace at one moment: its documents and their compilation. Immutable, so a request
/// answers from the snapshot it started with while newer edits build the next one.
/// </summary>
/// <param name="Generation">Counts the workspace's changes; a result computed for an older generation is stale.</param>
/// <param name="ConfigurationDiagnostics">CL9001 problems of claimlang.json (the project is then checked with the default settings).</param>
/// <param name="ConfigurationUri">The URI of claimlang.json, where its problems are reported; null when there is none.</param>
internal sealed record WorkspaceSnapshot(
    long Generation,
    ClaimCompilation Compilation,
    SeverityPolicy Severities,
    ImmutableDictionary<string, WorkspaceDocument> Documents,
    ImmutableDictionary<string, WorkspaceDocument> DocumentsByPath,
    ImmutableArray<Diagnostic> ConfigurationDiagnostics,
    string? ConfigurationUri)
{
    // A box, so that publishing the list is one reference write, safe to read from any thread.
    private StrongBox<ImmutableArray<Diagnostic>>? _diagnostics;

    // A copy made with `with` may hold another compilation: it starts without the cache.
    private WorkspaceSnapshot(WorkspaceSnapshot original)
    {
        Generation = original.Generation;
        Compilation = original.Compilation;
        Severities = original.Severities;
        Documents = original.Documents;
        DocumentsByPath = original.DocumentsByPath;
        ConfigurationDiagnostics = original.ConfigurationDiagnostics;
        ConfigurationUri = original.ConfigurationUri;
    }

    /// <summary>
    /// The project's diagnostics with their configured severities (suppressed ones kept and
    /// marked): what is published, and what hover and quick fixes work from. Computed once per
    /// snapshot; a cancelled computation leaves nothing behind.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        if (_diagnostics is { } known) return known.Value;
        ImmutableArray<Diagnostic> configured = Severities.Apply(Compilation.GetDiagnostics(cancellationToken));
        _diagnostics = new StrongBox<ImmutableArray<Diagnostic>>(configured); // threads compute the same list: either write will do
        return configured;
    }

    /// <summary>The document a URI names; null when the workspace does not hold it.</summary>
    public WorkspaceDocument? Find(string uri) => Documents.GetValueOrDefault(DocumentUri.KeyOf(uri));

    /// <summary>The URI of the document a diagnostic's file path (a display path) belongs to.</summary>
    public string? UriOfPath(string displayPath) =>
        DocumentsByPath.TryGetValue(displayPath, out WorkspaceDocument? document) ? document.Uri
        : ConfigurationUri is not null && ConfigurationDiagnostics.Any(d => d.Location.FilePath == displayPath) ? ConfigurationUri
        : null;
}
