using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// The workspace at one moment: the project (its layout and the compilation of its documents)
/// and the editor's view of each document. Immutable, so a request answers from the snapshot it
/// started with while newer edits build the next one.
/// </summary>
/// <param name="Generation">Counts the workspace's changes; a result computed for an older generation is stale.</param>
/// <param name="Project">The project as every claimc command sees it, with the open buffers' texts.</param>
internal sealed record WorkspaceSnapshot(
    long Generation,
    ClaimProject Project,
    ImmutableDictionary<string, WorkspaceDocument> Documents,
    ImmutableDictionary<string, WorkspaceDocument> DocumentsByPath)
{
    // A box, so that publishing the list is one reference write, safe to read from any thread.
    private StrongBox<ImmutableArray<Diagnostic>>? _diagnostics;

    // A copy made with `with` may hold another compilation: it starts without the cache.
    private WorkspaceSnapshot(WorkspaceSnapshot original)
    {
        Generation = original.Generation;
        Project = original.Project;
        Documents = original.Documents;
        DocumentsByPath = original.DocumentsByPath;
    }

    public ClaimCompilation Compilation => Project.Compilation;

    /// <summary>CL9001 problems of claimlang.json (the project is then checked with the default settings).</summary>
    public ImmutableArray<Diagnostic> ConfigurationDiagnostics => Project.Layout.ConfigurationDiagnostics;

    /// <summary>The URI of claimlang.json, where its problems are reported; null when there is none.</summary>
    public string? ConfigurationUri => ConfigurationPath is { } path ? DocumentUri.FromPath(path) : null;

    private string? ConfigurationPath => Project.Layout.ConfigurationFile?.Configuration.FilePath;

    /// <summary>
    /// The project's diagnostics with their configured severities (suppressed ones kept and
    /// marked): what is published, and what hover and quick fixes work from. Computed once per
    /// snapshot; a cancelled computation leaves nothing behind.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        if (_diagnostics is { } known) return known.Value;
        ImmutableArray<Diagnostic> configured = Compilation.GetDiagnostics(cancellationToken);
        _diagnostics = new StrongBox<ImmutableArray<Diagnostic>>(configured); // threads compute the same list: either write will do
        return configured;
    }

    /// <summary>The document a URI names; null when the workspace does not hold it.</summary>
    public WorkspaceDocument? Find(string uri) => Documents.GetValueOrDefault(DocumentUri.KeyOf(uri));

    /// <summary>The URI of the document a location lies in: found by its full path, else by its path in the project.</summary>
    public string? UriOf(Location location) =>
        location.Document.FullPath is { } fullPath && Documents.TryGetValue(fullPath, out WorkspaceDocument? document) ? document.Uri
        : location.Document.FullPath is { } path && path == ConfigurationPath ? ConfigurationUri
        : UriOfPath(location.FilePath);

    /// <summary>The URI of the document a file path in the project belongs to.</summary>
    public string? UriOfPath(string path) =>
        DocumentsByPath.TryGetValue(path, out WorkspaceDocument? document) ? document.Uri
        : ConfigurationUri is not null && ConfigurationDiagnostics.Any(d => d.Location.FilePath == path) ? ConfigurationUri
        : null;
}
