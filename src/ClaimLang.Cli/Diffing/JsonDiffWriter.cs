using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>The diff as one JSON document, for programs: the claims added, removed and changed (with every changed column) and the diagnostics introduced and fixed.</summary>
internal static class JsonDiffWriter
{
    public static void Write(DatasetDifference difference, string oldName, string newName, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldName);
            json.WriteString("new", newName);
            json.WriteStartObject("claims");
            WriteClaims(json, "added", difference.Added);
            WriteClaims(json, "removed", difference.Removed);
            json.WriteStartArray("changed");
            foreach (ClaimChange change in difference.Changed)
            {
                json.WriteStartObject();
                json.WriteString("id", change.New.Id);
                json.WriteString("oldId", change.Old.Id);
                json.WriteStartArray("fields");
                foreach (var (column, old, now) in change.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("column", column);
                    json.WriteString("old", old);
                    json.WriteString("new", now);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("diagnostics");
            WriteDiagnostics(json, "introduced", difference.Introduced);
            WriteDiagnostics(json, "fixed", difference.Fixed);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteClaims(Utf8JsonWriter json, string name, IEnumerable<ClaimRecord> claims)
    {
        json.WriteStartArray(name);
        foreach (ClaimRecord claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("file", claim.File);
            json.WriteNumber("line", claim.Line);
            json.WriteString("claim", DiffWording.Describe(claim));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<DiagnosticRecord> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (DiagnosticRecord d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", d.Severity);
            json.WriteBoolean("suppressed", d.Suppressed);
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteString("message", d.Message);
            json.WriteStartArray("claims");
            foreach (string claim in d.Claims) json.WriteStringValue(claim);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
