namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A range in a document.</summary>
public sealed record LspLocation(string Uri, LspRange Range);
