namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A document and the version an edit brings it to.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
