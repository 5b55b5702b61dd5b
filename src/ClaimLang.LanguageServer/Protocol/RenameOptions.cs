namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The server answers prepareRename.</summary>
public sealed record RenameOptions(bool PrepareProvider);
