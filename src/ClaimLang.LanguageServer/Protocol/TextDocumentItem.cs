namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A document as the editor opened it.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
