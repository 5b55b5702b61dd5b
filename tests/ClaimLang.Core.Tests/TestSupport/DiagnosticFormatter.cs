using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>One diagnostic per line, with 1-based positions: <c>(1,25)-(1,29): error CL0001: message</c>.</summary>
internal static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic) =>
        $"{Position(diagnostic.Location.Start)}-{Position(diagnostic.Location.End)}: {diagnostic.Severity.ToText()} {diagnostic.Id}: {diagnostic.Message}";

    public static string FormatAll(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(d => Format(d) + "\n"));

    // LinePosition.ToString prints 1-based "line,col"; spelled out here so the format is the test's own.
    private static string Position(LinePosition position) => $"({position.Line + 1},{position.Character + 1})";
}
