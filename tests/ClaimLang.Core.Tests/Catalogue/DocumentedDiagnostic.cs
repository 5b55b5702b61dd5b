using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>One row of the diagnostic table of docs/language.md: a code, its default severity and when it is reported.</summary>
internal sealed record DocumentedDiagnostic(string Code, DiagnosticSeverity DefaultSeverity, string When);
