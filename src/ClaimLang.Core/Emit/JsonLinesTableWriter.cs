using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimLang.Emit;

/// <summary>
/// Writes a table as JSON Lines: one object per record, keys in column order, values typed
/// (numbers as numbers in their shortest round-trip form, or the string "INF"/"-INF" beyond the
/// range of a double; dates as ISO 8601 strings, lists as arrays, an empty cell as null). Characters outside ASCII are written as themselves.
/// </summary>
internal static class JsonLinesTableWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static void Write(IDatasetTable table, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        for (int row = 0; row < table.RowCount; row++)
        {
            writer.WriteStartObject();
            int column = 0;
            foreach (object? value in table.Values(row))
            {
                writer.WritePropertyName(table.Columns[column++].Name);
                WriteValue(writer, value);
            }
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset(stream);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                // The same digits as the CSV: the shortest form that reads back to this double.
                writer.WriteRawValue(CellText.Number(number));
                break;
            case double infinite:
                // JSON has no number for infinity: the string Table Schema reads as one.
                writer.WriteStringValue(CellText.Number(infinite));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case ImmutableArray<string> items:
                writer.WriteStartArray();
                foreach (string item in items) writer.WriteStringValue(item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(CellText.Of(value));
                break;
        }
    }
}
