namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A request about one position of a document (hover, definition, completion).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);
