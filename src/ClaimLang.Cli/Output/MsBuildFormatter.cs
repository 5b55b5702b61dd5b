using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// One line per diagnostic, <c>path(line,col): error CL0001: message</c>, the canonical error format
/// that MSBuild, VS Code problem matchers and most editors recognise. No summary, so every line parses.
/// The line is escaped as a whole (<see cref="TerminalText.LineStart"/>): it goes to terminals and CI logs.
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
        TerminalText.LineStart(
            $"{paths.Of(diagnostic.Location)}({diagnostic.Location.Start}): {diagnostic.Severity.ToText()} {diagnostic.Id}: {diagnostic.Message}");
}
