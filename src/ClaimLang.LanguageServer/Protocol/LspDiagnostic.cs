namespace ClaimLang.LanguageServer.Protocol;

/// <summary>A diagnostic as the protocol carries it. Severity: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);
