using System.Globalization;
using ClaimLang.Bench.Corpus.Claims;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>
/// The claims as JSON Lines, one object per claim with snake_case names (what the bench's
/// JsonLinesClaim reads): label (when there is one), source, attribution, from and to or
/// subject, metric, low and high (null on an open side), unit, per (yr or mo, for a rate),
/// start and end (the period's first and last days). Written by hand rather than with
/// Utf8JsonWriter, which took longer than all the rest of a large corpus: the strings are
/// identifiers, units and dates, escaped all the same.
/// </summary>
internal sealed class JsonLinesWriter(string path) : IClaimRecordWriter
{
    private readonly StreamWriter _writer = TextFiles.Create(path);

    public void Write(ClaimRecord record)
    {
        _writer.Write('{');
        if (record.Label is { } label) Field("label", label);
        Field("source", record.Source);
        Field("attribution", record.Attribution);
        if (record.Subject is { } subject) Field("subject", subject);
        else
        {
            Field("from", record.From!);
            Field("to", record.To!);
        }
        Field("metric", record.Metric);
        Number("low", record.Low);
        Number("high", record.High);
        Field("unit", record.Unit);
        if (record.Per is { } per) Field("per", per);
        Field("start", record.Period.StartDate());
        Field("end", record.Period.EndDate(), last: true);
        _writer.Write("}\n");
    }

    public void Dispose() => _writer.Dispose();

    private void Field(string name, string value, bool last = false)
    {
        Name(name);
        _writer.Write('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\') _writer.Write('\\');
            if (c < ' ') _writer.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
            else _writer.Write(c);
        }
        _writer.Write('"');
        if (!last) _writer.Write(',');
    }

    // Shortest round-trip text, which JSON reads as the same double ("R" never writes NaN or infinity for these finite figures).
    private void Number(string name, double? value)
    {
        Name(name);
        _writer.Write(value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "null");
        _writer.Write(',');
    }

    private void Name(string name)
    {
        _writer.Write('"');
        _writer.Write(name);
        _writer.Write("\":");
    }
}
