namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 character offset, as the protocol counts them.</summary>
public sealed record LspPosition(int Line, int Character);
