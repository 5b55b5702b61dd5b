using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>What the server tells the client it does, in answer to initialize.</summary>
internal static class ServerCapabilitiesFactory
{
    /// <summary>Incremental sync (Change = 2): the editor sends only what changed, and positions count UTF-16 code units, as the core does.</summary>
    private const int IncrementalSync = 2;

    public static ServerCapabilities Create() => new(
        PositionEncoding: "utf-16",
        TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: IncrementalSync, Save: new SaveOptions(IncludeText: false)),
        HoverProvider: false,
        CompletionProvider: null,
        DefinitionProvider: false,
        ReferencesProvider: false,
        DocumentHighlightProvider: false,
        DocumentSymbolProvider: false,
        WorkspaceSymbolProvider: false,
        DocumentFormattingProvider: true,
        RenameProvider: null,
        CodeActionProvider: null,
        SemanticTokensProvider: null);
}
