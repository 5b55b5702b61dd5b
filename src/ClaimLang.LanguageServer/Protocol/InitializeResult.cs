namespace ClaimLang.LanguageServer.Protocol;

/// <summary>initialize's answer.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
