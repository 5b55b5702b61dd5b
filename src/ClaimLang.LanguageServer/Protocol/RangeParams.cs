namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A request about a range of a document (semantic tokens of the visible part).</summary>
public sealed record RangeParams(TextDocumentIdentifier TextDocument, LspRange Range);
