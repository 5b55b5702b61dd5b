using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// The format for people: the msbuild-style first line, the source line with a marker under the
/// span, one note line per related location, a blank line, and a summary at the end. Text from
/// claim files is printed through <see cref="TerminalText"/>, and the source line and marker
/// behind a gutter, so no line of the report can act on a terminal or a CI log.
/// </summary>
internal sealed class TextFormatter(TextStyle style) : IDiagnosticFormatter
{
    // Before the source line and the marker, as rustc does: a line of the file never starts a
    // printed line (where GitHub Actions would read "::add-mask::..." as a command).
    private const string Gutter = "   | ";

    public void Write(CheckReport report, TextWriter output)
    {
        foreach (Diagnostic diagnostic in report.UnsuppressedDiagnostics)
        {
            WriteDiagnostic(diagnostic, report, output);
            output.WriteLine();
        }
        output.WriteLine(style.Bold(SummaryText.Format(report.Counts, report.FileCount)));
    }

    private void WriteDiagnostic(Diagnostic diagnostic, CheckReport report, TextWriter output)
    {
        Location location = diagnostic.Location;
        output.WriteLine(
            $"{style.Bold($"{TerminalText.LineStart(report.Paths.Of(location))}({location.Start}):")} " +
            $"{style.Severity(diagnostic.Severity, $"{diagnostic.Severity.ToText()} {diagnostic.Id}")}: " +
            $"{TerminalText.Escape(diagnostic.Message)}");

        if (report.Sources.TryGetValue(location.Document, out SourceText? text) && location.Start.Line < text.LineCount)
        {
            SourceExcerpt excerpt = SourceExcerpt.Create(text, location.Start.Line, location.LineSpan);
            output.WriteLine(Gutter + excerpt.Line);
            output.WriteLine(Gutter + style.Marker(excerpt.Marker));
        }

        foreach (RelatedLocation related in diagnostic.RelatedLocations)
        {
            output.WriteLine(TerminalText.LineStart($"  {report.Paths.Of(related.Location)}({related.Location.Start}): ") +
                $"{style.Note("note")}: {TerminalText.Escape(related.Message)}");
        }
    }
}
