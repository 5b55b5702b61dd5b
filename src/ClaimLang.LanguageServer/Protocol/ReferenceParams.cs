namespace ClaimLang.LanguageServer.Protocol;

/// <summary>textDocument/references.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, LspPosition Position, ReferenceContext? Context);
