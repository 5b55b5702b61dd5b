namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A folder the editor has open.</summary>
public sealed record WorkspaceFolder(string Uri, string Name);
