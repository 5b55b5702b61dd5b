using System.Collections.Immutable;
using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// Every <c>.claim</c> file of the project under the root folder, as one compilation: files on
/// disk that the project's <c>claimlang.json</c> takes, overridden by the buffers the editor has
/// open. Each change re-parses only the file it touches and gives a new <see cref="Snapshot"/>
/// whose compilation reuses every other file's tree and declarations (DEVELOPERS.md, "Architecture").
/// Changes must come one at a time (the server applies them in the order they arrive);
/// snapshots may be read from any thread.
/// </summary>
internal sealed class ProjectWorkspace
{
    private readonly string? _root;
    private ImmutableDictionary<string, WorkspaceDocument> _documents = ImmutableDictionary<string, WorkspaceDocument>.Empty;
    // The same documents by display path, kept in step with _documents (a document's display path never changes).
    private ImmutableDictionary<string, WorkspaceDocument> _documentsByPath = ImmutableDictionary.Create<string, WorkspaceDocument>(StringComparer.Ordinal);
    // The project's root, configuration and files as every claimc command finds them; null
    // when the editor opened no folder.
    private ProjectLayout? _layout;
    private ClaimCompilation _compilation = ClaimCompilation.Create([]);
    private long _generation;
    private volatile WorkspaceSnapshot _snapshot;

    /// <param name="root">The project folder; null when the editor opened no folder (then only open buffers are checked).</param>
    public ProjectWorkspace(string? root)
    {
        _root = root is null ? null : Path.GetFullPath(root);
        _snapshot = MakeSnapshot();
    }

    public WorkspaceSnapshot Snapshot => _snapshot;

    /// <summary>Reads the configuration and every file of the project from disk; open buffers keep their text.</summary>
    public WorkspaceSnapshot LoadFromDisk()
    {
        var open = _documents.Values.Where(d => d.IsOpen).ToList();
        var documents = ImmutableDictionary.CreateBuilder<string, WorkspaceDocument>();
        _layout = _root is null ? null : ProjectLayout.Locate([_root], _root);
        if (_layout is not null)
        {
            // A file that cannot be read is left out, as if it were not there; its watcher event
            // brings it in once it can be.
            foreach (SyntaxTree tree in _layout.ReadDocuments().Trees)
            {
                string fullPath = tree.Document.FullPath!;
                documents[fullPath] = new WorkspaceDocument(fullPath, DocumentUri.FromPath(fullPath), tree, null, true);
            }
        }
        foreach (WorkspaceDocument document in open)
        {
            documents[document.Key] = document with
            {
                Tree = SyntaxTree.ParseText(document.Tree.Text, DocumentOf(document.Key)),
                IsInProject = IsInProject(document.Key),
            };
        }
        _documents = documents.ToImmutable();
        _documentsByPath = _documents.Values.ToImmutableDictionary(d => d.DisplayPath, StringComparer.Ordinal);
        _compilation = ClaimCompilation.Create(_documents.Values.Select(d => d.Tree),
            (_layout?.Options ?? CompilationOptions.Default) with { Interactive = true });
        return Publish();
    }

    /// <summary>The editor opened a document: its buffer replaces the file on disk.</summary>
    public WorkspaceSnapshot Open(string uri, string text, int version)
    {
        string key = DocumentUri.KeyOf(uri);
        if (_documents.TryGetValue(key, out WorkspaceDocument? existing) && existing.Tree.Text.Text == text)
        {
            // The usual open: the buffer holds what the file on disk holds, so nothing is re-parsed.
            return Replace(existing, existing with { Uri = uri, Version = version });
        }
        var document = new WorkspaceDocument(key, uri, Parse(key, text), version, IsInProject(key));
        return existing is null ? Add(document) : Replace(existing, document);
    }

    /// <summary>The editor changed an open buffer; an unknown document is ignored (the editor did not open it).</summary>
    public WorkspaceSnapshot? Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(DocumentUri.KeyOf(uri), out WorkspaceDocument? existing) || !existing.IsOpen) return null;
        SyntaxTree tree = DocumentEdits.Apply(existing.Tree, changes, text => Parse(existing.Key, text));
        return Replace(existing, existing with { Tree = tree, Version = version });
    }

    /// <summary>The editor closed a buffer: a project file goes back to its text on disk; any other document leaves the workspace.</summary>
    public WorkspaceSnapshot? Close(string uri)
    {
        if (!_documents.TryGetValue(DocumentUri.KeyOf(uri), out WorkspaceDocument? existing) || !existing.IsOpen) return null;
        return ReloadFromDisk(existing.Key, existing) ?? Publish();
    }

    /// <summary>Files changed on disk. A change to claimlang.json reloads the whole project.</summary>
    public WorkspaceSnapshot? FilesChanged(IEnumerable<FileEvent> events)
    {
        bool changed = false;
        foreach (FileEvent fileEvent in events)
        {
            if (DocumentUri.ToPath(fileEvent.Uri) is not { } path) continue;
            if (string.Equals(Path.GetFileName(path), ClaimLangConfiguration.FileName, StringComparison.Ordinal))
            {
                return LoadFromDisk();
            }
            if (!path.EndsWith(SourceFileDiscovery.FileExtension, StringComparison.OrdinalIgnoreCase)) continue; // as discovery matches it
            _documents.TryGetValue(path, out WorkspaceDocument? existing);
            if (existing is { IsOpen: true }) continue; // the buffer wins until it is closed
            changed |= ReloadFromDisk(path, existing) is not null;
        }
        return changed ? _snapshot : null;
    }

    // Reads a file again from disk: adds, replaces or removes its document. Null when nothing changed.
    private WorkspaceSnapshot? ReloadFromDisk(string key, WorkspaceDocument? existing)
    {
        string? text = IsInProject(key) ? TryRead(key) : null;
        if (text is null)
        {
            return existing is null ? null : Remove(existing);
        }
        if (existing is not null && existing.Tree.Text.Text == text)
        {
            return existing.IsOpen ? Replace(existing, existing with { Version = null }) : null;
        }
        var document = new WorkspaceDocument(key, DocumentUri.FromPath(key), Parse(key, text), null, true);
        return existing is null ? Add(document) : Replace(existing, document);
    }

    private WorkspaceSnapshot Add(WorkspaceDocument document)
    {
        // The compilation first: if it fails, the workspace is left as it was.
        _compilation = _compilation.AddSyntaxTrees(document.Tree);
        _documents = _documents.SetItem(document.Key, document);
        _documentsByPath = _documentsByPath.SetItem(document.DisplayPath, document);
        return Publish();
    }

    private WorkspaceSnapshot Replace(WorkspaceDocument existing, WorkspaceDocument document)
    {
        if (!ReferenceEquals(existing.Tree, document.Tree)) _compilation = _compilation.ReplaceSyntaxTree(existing.Tree, document.Tree);
        _documents = _documents.SetItem(document.Key, document);
        _documentsByPath = _documentsByPath.SetItem(document.DisplayPath, document);
        return Publish();
    }

    private WorkspaceSnapshot Remove(WorkspaceDocument existing)
    {
        _compilation = _compilation.RemoveSyntaxTrees(existing.Tree);
        _documents = _documents.Remove(existing.Key);
        _documentsByPath = _documentsByPath.Remove(existing.DisplayPath);
        return Publish();
    }

    private WorkspaceSnapshot Publish()
    {
        _generation++;
        _snapshot = MakeSnapshot();
        return _snapshot;
    }

    // An invalid claimlang.json is reported on itself (CL9001); the layout then holds the default
    // settings, so the analyst still sees every other problem while fixing it. Without a folder
    // only open buffers are checked, with the default settings.
    private WorkspaceSnapshot MakeSnapshot() => new(
        _generation,
        new ClaimProject(_layout ?? ProjectLayout.None, _compilation),
        _documents,
        _documentsByPath);

    private SyntaxTree Parse(string key, string text) => SyntaxTree.ParseText(SourceText.From(text), DocumentOf(key));

    /// <summary>The document a key is: a file's path in the project (as the dataset names it), or a URI's own name.</summary>
    private SourceDocument DocumentOf(string key) =>
        !Path.IsPathFullyQualified(key) ? SourceDocument.Named(key)
        : _layout is not null ? _layout.DocumentFor(key)
        : new SourceDocument(key.Replace('\\', '/'), key);

    private bool IsInProject(string key) => _layout is not null && _layout.Includes(key);

    private static string? TryRead(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) ? SourceFile.ReadAllText(fullPath) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
