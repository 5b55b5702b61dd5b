using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// The format for people: the msbuild-style first line, the source line with a marker under the
/// span, one note line per related location, a blank line, and a summary at the end.
/// </summary>
internal sealed class TextFormatter(TextStyle style) : IDiagnosticFormatter
{
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
            $"{style.Bold($"{report.Paths.Of(location)}({location.Start}):")} " +
            $"{style.Severity(diagnostic.Severity, $"{diagnostic.Severity.ToText()} {diagnostic.Id}")}: " +
            $"{diagnostic.Message}");

        if (report.Sources.TryGetValue(location.Document, out SourceText? text) && location.Start.Line < text.LineCount)
        {
            output.WriteLine(text.ToString(text.GetLineSpan(location.Start.Line)));
            output.WriteLine(style.Marker(SourceMarker.Create(text, location.Start.Line, location.LineSpan)));
        }

        foreach (RelatedLocation related in diagnostic.RelatedLocations)
        {
            output.WriteLine($"  {report.Paths.Of(related.Location)}({related.Location.Start}): {style.Note("note")}: {related.Message}");
        }
    }
}
