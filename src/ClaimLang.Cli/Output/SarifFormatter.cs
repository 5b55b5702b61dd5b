using System.Text.Json;
using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (OASIS), the format code-scanning services import: one run whose driver lists every
/// diagnostic code as a rule, and one result per diagnostic. Suppressed diagnostics are kept with
/// an in-source suppression, as SARIF intends. Artifact URIs are relative to %SRCROOT%, which
/// originalUriBaseIds maps to the current folder, so results stay portable across checkouts.
/// </summary>
internal sealed class SarifFormatter : IDiagnosticFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootBaseId = "%SRCROOT%";

    private static readonly Dictionary<string, int> RuleIndexById = DiagnosticDescriptors.All
        .Select((descriptor, index) => (descriptor.Id, index))
        .ToDictionary(rule => rule.Id, rule => rule.index, StringComparer.Ordinal);

    public void Write(CheckReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        json.WriteString("uri", FileUri.FromAbsolutePath(report.CurrentDirectory, isDirectory: true));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (Diagnostic diagnostic in report.Diagnostics)
        {
            WriteResult(json, diagnostic, report.Paths);
        }
        json.WriteEndArray();
        WriteInvocation(json, report);
        // Columns count UTF-16 code units, like the compiler's positions and LSP.
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    // What a file has past the compiler's limit of listed diagnostics is told as one notification
    // per file and code, at the code's level, so a viewer shows that the results are not all.
    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        if (report.PastLimit.IsEmpty) return;
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (OmittedDiagnosticCount count in report.PastLimit)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", count.Code);
            json.WriteEndObject();
            json.WriteString("level", count.IsSuppressed ? "note" : Level(count.Severity));
            string suppressed = count.IsSuppressed ? " suppressed" : "";
            WriteMessage(json, "message", $"{count.Count} more{suppressed} {count.Code} diagnostics in this file are not listed (claimc lists at most " +
                $"{DiagnosticLimit.PerFileAndStage} of a file per stage)");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, report.Paths.Of(count.Document));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "claimc");
        json.WriteString("semanticVersion", ToolVersion.Informational);
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            WriteRule(json, descriptor);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", SarifRuleName.FromTitle(descriptor.Title));
        WriteMessage(json, "shortDescription", descriptor.Title);
        string help = descriptor.HelpText.Trim();
        if (help.Length > 0)
        {
            WriteMessage(json, "fullDescription", help);
            WriteMarkdownMessage(json, "help", help);
        }
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(descriptor.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, DisplayPaths paths)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (RuleIndexById.TryGetValue(diagnostic.Id, out int ruleIndex)) json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location, paths);
        json.WriteEndObject();
        json.WriteEndArray();

        if (diagnostic.RelatedLocations.Length > 0)
        {
            json.WriteStartArray("relatedLocations");
            int id = 0;
            foreach (RelatedLocation related in diagnostic.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", ++id);
                WritePhysicalLocation(json, related.Location, paths);
                WriteMessage(json, "message", related.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        if (diagnostic.IsSuppressed)
        {
            // The claimlang-ignore comment lives in the .claim file: an in-source suppression.
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location, DisplayPaths paths)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, paths.Of(location));

        DisplayRange range = DisplayRange.From(location);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", range.StartLine);
        json.WriteNumber("startColumn", range.StartColumn);
        json.WriteNumber("endLine", range.EndLine);
        json.WriteNumber("endColumn", range.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathFullyQualified(path))
        {
            // No relative path exists (another drive): an absolute URI needs no base.
            json.WriteString("uri", FileUri.FromAbsolutePath(path, isDirectory: false));
        }
        else
        {
            json.WriteString("uri", FileUri.FromRelativePath(path));
            json.WriteString("uriBaseId", SourceRootBaseId);
        }
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string propertyName, string text)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // Explanations are Markdown; viewers that render Markdown use it, the others show the text.
    private static void WriteMarkdownMessage(Utf8JsonWriter json, string propertyName, string markdown)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("text", markdown);
        json.WriteString("markdown", markdown);
        json.WriteEndObject();
    }

    // SARIF has no "info" level; "note" is its word for the same thing.
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
