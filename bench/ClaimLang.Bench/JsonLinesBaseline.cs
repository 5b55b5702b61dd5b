using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ClaimLang.Bench;

/// <summary>
/// The peer the consistency issue measures against: deserializing the same records from JSON
/// Lines (gen_corpus.py --jsonl) with System.Text.Json, one object per line, into a record type,
/// in a fresh process like claimc check.
/// </summary>
internal static class JsonLinesBaseline
{
    private sealed record Claim(string Source, string? From, string? To, string? Subject, string Metric, double Low, string Unit, int Start, int End);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var claims = new List<Claim>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0) claims.Add(JsonSerializer.Deserialize<Claim>(line, Options)!);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"jsonl {path}: {claims.Count} records in {clock.Elapsed.TotalSeconds:F2} s (in process)"));
        return claims.Count > 0 ? 0 : 1;
    }
}
