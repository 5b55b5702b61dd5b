using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimLang.Emit;

/// <summary>
/// Writes <c>datapackage.json</c>, the Frictionless Data Package descriptor: one tabular resource
/// per CSV file with its table schema (field names, types, descriptions, required fields, the
/// primary key), the claims again as JSON Lines with the same schema, and the SQLite database.
/// </summary>
public static class DataPackageDescriptor
{
    /// <summary>The package's name in the descriptor.</summary>
    public const string PackageName = "claimlang-dataset";

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
            WriteResource(writer, table, table.Name, DatasetFiles.Csv(table), "tabular-data-resource", "csv", "text/csv");
            if (table.Name == "claims")
                WriteResource(writer, table, "claims-jsonl", DatasetFiles.ClaimsJsonLines, "data-resource", "jsonl", "application/x-ndjson");
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

    private static void WriteResource(Utf8JsonWriter writer, IDatasetTable table, string name, string path, string profile, string format, string mediaType)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("path", path);
        writer.WriteString("profile", profile);
        writer.WriteString("format", format);
        writer.WriteString("mediatype", mediaType);
        writer.WriteString("encoding", "utf-8");
        writer.WriteString("description", table.Description);
        writer.WriteStartObject("schema");
        writer.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", column.Type == ColumnType.List ? "string" : column.Type.ToString().ToLowerInvariant());
            string listNote = column.Type == ColumnType.List ? (format == "csv" ? " Items are separated by ';'." : " A JSON array.") : "";
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
}
