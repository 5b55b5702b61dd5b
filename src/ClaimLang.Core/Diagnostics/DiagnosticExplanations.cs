using System.Collections.Concurrent;
using System.Reflection;

namespace ClaimLang.Diagnostics;

/// <summary>Reads the long explanation of each code from the embedded Explanations/ID.md files.</summary>
internal static class DiagnosticExplanations
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string id) => Cache.GetOrAdd(id, Load);

    private static string Load(string id)
    {
        var assembly = typeof(DiagnosticExplanations).Assembly;
        using Stream? stream = assembly.GetManifestResourceStream($"ClaimLang.Diagnostics.Explanations.{id}.md");
        if (stream is null) return "";
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
