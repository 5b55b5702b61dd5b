using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimLang.Emit;

/// <summary>
/// Writes <c>datapackage.json</c>, the Frictionless Data Package descriptor: one tabular resource
/// per CSV file with its CSV dialect and table schema (field names, types, descriptions, required
/// fields, the primary key), the claims again as JSON Lines with the same fields, and the SQLite
/// database. Checked against the official profiles by tests/frictionless/validate.js.
/// </summary>
internal static class DataPackageDescriptor
{
    /// <summary>
    /// The package's name in the descriptor. It also marks a folder as a dataset claimc wrote,
    /// which a later build may replace (see <see cref="DatasetWriter.IsDataset"/>).
    /// </summary>
    public const string PackageName = "claimlang-dataset";

    /// <summary>Whether <paramref name="stream"/> holds a descriptor whose top-level <c>name</c> is <see cref="PackageName"/>.</summary>
    public static bool NamesThisPackage(Stream stream)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("name", out JsonElement name)
                && name.ValueKind == JsonValueKind.String
                && name.ValueEquals(PackageName);
        }
        catch (JsonException)
        {
            return false; // not JSON at all: somebody else's file
        }
    }

    public static void Write(Dataset dataset, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("profile", "data-package");
        writer.WriteString("name", PackageName);
        writer.WriteString("title", "Claims recorded with ClaimLang");
        writer.WriteStartArray("resources");
        foreach (IDatasetTable table in dataset.Tables)
        {
            WriteResource(writer, table, table.Name, DatasetFiles.Csv(table), csv: true);
            if (table.Name == "claims")
                WriteResource(writer, table, "claims-jsonl", DatasetFiles.ClaimsJsonLines, csv: false);
        }
        writer.WriteStartObject();
        writer.WriteString("name", "claims-sqlite");
        writer.WriteString("path", DatasetFiles.Sqlite);
        writer.WriteString("profile", "data-resource");
        writer.WriteString("format", "sqlite");
        writer.WriteString("mediatype", "application/vnd.sqlite3");
        writer.WriteString("description", "Every table above in one SQLite database, one table per resource, with the same columns.");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    // A tabular data resource's file is CSV in version 1 of the specification, so the claims'
    // JSON Lines file is a plain data resource; its schema still names and types its fields.
    private static void WriteResource(Utf8JsonWriter writer, IDatasetTable table, string name, string path, bool csv)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("path", path);
        writer.WriteString("profile", csv ? "tabular-data-resource" : "data-resource");
        writer.WriteString("format", csv ? "csv" : "jsonl");
        writer.WriteString("mediatype", csv ? "text/csv" : "application/x-ndjson");
        writer.WriteString("encoding", "utf-8");
        writer.WriteString("description", table.Description);
        if (csv) WriteCsvDialect(writer);
        writer.WriteStartObject("schema");
        writer.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", FieldType(column.Type, csv));
            string listNote = column.Type == ColumnType.List ? (csv ? " Items are separated by ';'." : " A JSON array.") : "";
            writer.WriteString("description", column.Description + listNote);
            if (column.Required)
            {
                writer.WriteStartObject("constraints");
                writer.WriteBoolean("required", true);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (table.PrimaryKey is { } key) writer.WriteString("primaryKey", key);
        writer.WriteStartArray("missingValues");
        writer.WriteStringValue("");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // A list is text in CSV (Table Schema has no list type for it) but an array in JSON Lines,
    // which is what a reader of the JSON must be told to expect.
    private static string FieldType(ColumnType type, bool csv) => type switch
    {
        ColumnType.List => csv ? "string" : "array",
        _ => type.ToString().ToLowerInvariant(),
    };

    // Said outright because the profile's defaults differ from what CsvTableWriter writes: rows
    // end with LF, not CRLF. (Its default skipInitialSpace=true needs nothing here: a field that
    // begins with white space is quoted, so no reader drops that space.)
    private static void WriteCsvDialect(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("dialect");
        writer.WriteString("delimiter", ",");
        writer.WriteString("lineTerminator", "\n");
        writer.WriteString("quoteChar", "\"");
        writer.WriteBoolean("doubleQuote", true);
        writer.WriteBoolean("header", true);
        writer.WriteEndObject();
    }
}
