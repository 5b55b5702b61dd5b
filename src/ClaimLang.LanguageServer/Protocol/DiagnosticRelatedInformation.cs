namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Another place that takes part in a diagnostic.</summary>
public sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);
