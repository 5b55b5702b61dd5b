using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>One row of the table in LANGUAGE.md section 6: a code, its default severity and when it is reported.</summary>
internal sealed record SpecifiedDiagnostic(string Code, DiagnosticSeverity DefaultSeverity, string When);
