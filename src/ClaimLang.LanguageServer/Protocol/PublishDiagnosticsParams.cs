namespace ClaimLang.LanguageServer.Protocol;

/// <summary>textDocument/publishDiagnostics: every diagnostic of one document, replacing the earlier ones.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);
