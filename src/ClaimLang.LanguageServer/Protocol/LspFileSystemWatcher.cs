namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A glob pattern the client watches on the server's behalf.</summary>
public sealed record LspFileSystemWatcher(string GlobPattern);
