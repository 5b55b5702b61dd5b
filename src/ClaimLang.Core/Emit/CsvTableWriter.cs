using System.Text;

namespace ClaimLang.Emit;

/// <summary>
/// Writes a table as CSV (RFC 4180): a header row of column names, then one row per record;
/// a field is quoted when it holds a comma, a quote or a line break, or begins with white space,
/// with quotes doubled. Lines end with LF. UTF-8 without a byte-order mark.
/// </summary>
internal static class CsvTableWriter
{
    public static void Write(IDatasetTable table, TextWriter writer)
    {
        WriteRow(writer, table.Columns.Select(c => c.Name));
        for (int row = 0; row < table.RowCount; row++) WriteRow(writer, table.Values(row).Select(CellText.Of));
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        bool first = true;
        foreach (string field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(Quoted(field));
        }
        writer.Write('\n');
    }

    private static string Quoted(string field)
    {
        if (!MustQuote(field)) return field;
        var quoted = new StringBuilder(field.Length + 2).Append('"');
        foreach (char c in field) quoted.Append(c == '"' ? "\"\"" : c);
        return quoted.Append('"').ToString();
    }

    // Readers that skip the white space after a delimiter (the Frictionless dialect's default,
    // and Frictionless's own libraries) keep it inside quotes, so a note that begins with a
    // space reads back as written.
    private static bool MustQuote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && char.IsWhiteSpace(field[0]));
}
