namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A quick fix: its title, the diagnostics it fixes and its edit.</summary>
public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
