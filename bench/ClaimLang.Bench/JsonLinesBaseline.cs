using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ClaimLang.Bench;

/// <summary>
/// The peer the consistency issue measures against: deserializing the same records from JSON
/// Lines (claimlang-bench gen --jsonl) with System.Text.Json, one object per line, into a record type,
/// in a fresh process like claimc check. The serializer code is source-generated
/// (<see cref="JsonLinesContext"/>), so the peer runs the same way under the JIT and as a native
/// (ahead-of-time compiled) program, as claimc does.
/// </summary>
internal static class JsonLinesBaseline
{
    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var claims = new List<JsonLinesClaim>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0) claims.Add(JsonSerializer.Deserialize(line, JsonLinesContext.Default.JsonLinesClaim)!);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"jsonl {path}: {claims.Count} records in {clock.Elapsed.TotalSeconds:F2} s (in process)"));
        return claims.Count > 0 ? 0 : 1;
    }
}
