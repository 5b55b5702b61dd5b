using ClaimLang.LanguageServer.Handlers;
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
        HoverProvider: true,
        CompletionProvider: new CompletionOptions(CompletionHandler.TriggerCharacters, ResolveProvider: false),
        DefinitionProvider: true,
        ReferencesProvider: true,
        DocumentHighlightProvider: true,
        DocumentSymbolProvider: true,
        WorkspaceSymbolProvider: true,
        DocumentFormattingProvider: true,
        RenameProvider: new RenameOptions(PrepareProvider: true),
        CodeActionProvider: new CodeActionOptions(["quickfix"]),
        SemanticTokensProvider: new SemanticTokensOptions(SemanticTokensHandler.Legend, Range: true, Full: true));
}
