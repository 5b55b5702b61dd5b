namespace ClaimLang.LanguageServer.Protocol;

/// <summary>textDocument/rename.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, LspPosition Position, string NewName);
