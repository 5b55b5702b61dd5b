namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The server's name and version, for the client's logs.</summary>
public sealed record ServerInfo(string Name, string Version);
