namespace ClaimLang.LanguageServer.Protocol;

/// <summary>workspace/symbol.</summary>
public sealed record WorkspaceSymbolParams(string Query);
