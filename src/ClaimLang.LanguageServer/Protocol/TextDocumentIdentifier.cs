namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Names a document by its URI.</summary>
public sealed record TextDocumentIdentifier(string Uri);
