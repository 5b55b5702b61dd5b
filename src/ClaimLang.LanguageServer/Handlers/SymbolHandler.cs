using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>The outline of a document (declarations and claims) and the workspace's names, searched.</summary>
internal static class SymbolHandler
{
    public static DocumentSymbol[] DocumentSymbols(WorkspaceDocument document)
    {
        var text = document.Tree.Text;
        return [.. ClaimLang.Editing.DocumentSymbols.Get(document.Tree).Select(item => new DocumentSymbol(
            item.Name, item.Detail, KindOf(item.Kind),
            LspConversions.ToLspRange(text, item.Span), LspConversions.ToLspRange(text, item.SelectionSpan), Children: null))];
    }

    public static SymbolInformation[] WorkspaceSymbols(WorkspaceSnapshot snapshot, string? query) =>
        [.. ClaimLang.Editing.WorkspaceSymbols.Find(snapshot.Compilation, query ?? "")
            .Select(item => LocationConverter.ToLsp(item.Location, snapshot) is { } location
                ? new SymbolInformation(item.Name, KindOf(item.Kind), location, item.ContainerName)
                : null)
            .OfType<SymbolInformation>()];

    /// <summary>The protocol's SymbolKind numbers, chosen for the icon editors show.</summary>
    private static int KindOf(EditorSymbolKind kind) => kind switch
    {
        EditorSymbolKind.Source => 2,  // Module
        EditorSymbolKind.Person => 11, // Interface
        EditorSymbolKind.Entity => 23, // Struct
        EditorSymbolKind.Metric => 7,  // Property
        EditorSymbolKind.Unit => 14,   // Constant
        _ => 24,                       // Event: a claim is something said at a time
    };
}
