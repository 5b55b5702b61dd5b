namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A request about a whole document (formatting, document symbols, semantic tokens).</summary>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);
