namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A workspace symbol: a name and where it is.</summary>
public sealed record SymbolInformation(string Name, int Kind, LspLocation Location, string? ContainerName);
