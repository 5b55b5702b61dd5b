using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// The didChange notifications received and not yet applied, by document, each document's
/// edits in arrival order with the version the last one gives. The server applies them all
/// at once when the connection gets to it, so a burst of N edits of one document is one
/// change of the workspace (one parse, one snapshot, one check), not N. A change without a
/// range replaces the whole text: the edits queued before it are dropped, so a client that
/// sends the full text each time leaves one text queued, not N.
/// </summary>
internal sealed class PendingEdits
{
    private readonly List<(string Uri, int Version, List<TextDocumentContentChangeEvent> Changes)> _documents = [];

    public bool IsEmpty => _documents.Count == 0;

    /// <summary>How many edits are queued, of all documents (for tests).</summary>
    public int Count => _documents.Sum(d => d.Changes.Count);

    public void Add(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        string key = DocumentUri.KeyOf(uri);
        int index = _documents.FindIndex(d => DocumentUri.KeyOf(d.Uri) == key);
        List<TextDocumentContentChangeEvent> queued = index >= 0 ? _documents[index].Changes : [];
        for (int i = 0; i < changes.Count; i++)
        {
            if (changes[i].Range is null) queued.Clear();
            queued.Add(changes[i]);
        }
        if (index >= 0) _documents[index] = (uri, version, queued);
        else _documents.Add((uri, version, queued));
    }

    /// <summary>Every queued document with its edits, in the order the documents were first edited; the queue is then empty.</summary>
    public List<(string Uri, int Version, List<TextDocumentContentChangeEvent> Changes)> TakeAll()
    {
        var taken = new List<(string, int, List<TextDocumentContentChangeEvent>)>(_documents);
        _documents.Clear();
        return taken;
    }
}
