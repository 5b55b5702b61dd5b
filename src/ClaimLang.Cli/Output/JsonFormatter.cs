using System.Text.Json;
using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// One JSON document for scripts: every diagnostic the compiler lists, suppressed ones included
/// and marked, then how many more each file has by code (past the compiler's limit per file and
/// stage), then a summary that counts them all. Property order is fixed, so the output of a given input is byte-identical.
/// Lines and columns count from 1; end columns are exclusive.
/// </summary>
internal sealed class JsonFormatter : IDiagnosticFormatter
{
    /// <summary>Bumped when a property changes meaning or disappears; adding properties keeps it.</summary>
    public const int SchemaVersion = 1;

    public void Write(CheckReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartArray("diagnostics");
        foreach (Diagnostic diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic, report.Paths);
        }
        json.WriteEndArray();
        json.WriteStartArray("omitted");
        foreach (OmittedDiagnosticCount count in report.PastLimit)
        {
            json.WriteStartObject();
            json.WriteString("file", report.Paths.Of(count.Document));
            json.WriteString("code", count.Code);
            json.WriteString("severity", count.Severity.ToText());
            json.WriteBoolean("suppressed", count.IsSuppressed);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Counts.Errors);
        json.WriteNumber("warnings", report.Counts.Warnings);
        json.WriteNumber("infos", report.Counts.Infos);
        json.WriteNumber("suppressed", report.Counts.Suppressed);
        json.WriteNumber("files", report.FileCount);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, DisplayPaths paths)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToText());
        json.WriteString("message", diagnostic.Message);
        WriteLocation(json, diagnostic.Location, paths);
        json.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        json.WriteStartArray("related");
        foreach (RelatedLocation related in diagnostic.RelatedLocations)
        {
            json.WriteStartObject();
            WriteLocation(json, related.Location, paths);
            json.WriteString("message", related.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, DisplayPaths paths)
    {
        DisplayRange range = DisplayRange.From(location);
        json.WriteString("file", paths.Of(location));
        json.WriteNumber("line", range.StartLine);
        json.WriteNumber("column", range.StartColumn);
        json.WriteNumber("endLine", range.EndLine);
        json.WriteNumber("endColumn", range.EndColumn);
    }
}
