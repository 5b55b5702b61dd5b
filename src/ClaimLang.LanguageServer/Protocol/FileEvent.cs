namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A file created (1), changed (2) or deleted (3) on disk.</summary>
public sealed record FileEvent(string Uri, int Type);
