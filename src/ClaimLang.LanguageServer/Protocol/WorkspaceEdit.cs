namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Edits to several documents, by URI.</summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);
