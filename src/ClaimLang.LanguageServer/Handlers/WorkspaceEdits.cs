using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>Core edits (file path, span, text) as a protocol workspace edit, by document URI.</summary>
internal static class WorkspaceEdits
{
    public static WorkspaceEdit From(IEnumerable<FileTextChange> changes, WorkspaceSnapshot snapshot)
    {
        var byUri = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (FileTextChange change in changes)
        {
            if (!snapshot.DocumentsByPath.TryGetValue(change.FilePath, out WorkspaceDocument? document)) continue;
            if (!byUri.TryGetValue(document.Uri, out List<TextEdit>? edits)) byUri[document.Uri] = edits = [];
            edits.Add(new TextEdit(LspConversions.ToLspRange(document.Tree.Text, change.Change.Span), change.Change.NewText));
        }
        return new WorkspaceEdit(byUri.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
