namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The diagnostics under the range a code action request asks about.</summary>
public sealed record CodeActionContext(LspDiagnostic[] Diagnostics, string[]? Only);
