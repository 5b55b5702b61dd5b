using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// One line per diagnostic, <c>path(line,col): error CL0001: message</c>, the canonical error format
/// that MSBuild, VS Code problem matchers and most editors recognise. No summary, so every line parses.
/// </summary>
internal sealed class MsBuildFormatter : IDiagnosticFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (Diagnostic diagnostic in report.UnsuppressedDiagnostics)
        {
            output.WriteLine(Format(diagnostic, report.Paths));
        }
    }

    public static string Format(Diagnostic diagnostic, DisplayPaths paths) =>
        $"{paths.Of(diagnostic.Location)}({diagnostic.Location.Start}): {diagnostic.Severity.ToText()} {diagnostic.Id}: {diagnostic.Message}";
}
