namespace ClaimLang.LanguageServer.Protocol;

/// <summary>What the server does (docs/language.md, "Editors").</summary>
public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CompletionOptions? CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    bool DocumentFormattingProvider,
    RenameOptions? RenameProvider,
    CodeActionOptions? CodeActionProvider,
    SemanticTokensOptions? SemanticTokensProvider);
