namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A range between two positions, end exclusive.</summary>
public sealed record LspRange(LspPosition Start, LspPosition End);
