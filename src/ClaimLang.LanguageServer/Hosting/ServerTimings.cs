using System.Diagnostics;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// With <c>CLAIMLANG_LSP_TIMINGS=1</c> in the server's environment, the time each edit spends
/// in each stage (applying and parsing, checking, converting and sending) goes to the log, so
/// a slow edit can be pinned on a stage (docs/performance.md). Off, it costs nothing.
/// </summary>
internal static class ServerTimings
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("CLAIMLANG_LSP_TIMINGS") is "1";

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Report(TextWriter log, string stage, long started)
    {
        if (Enabled) log.WriteLine($"claimc lsp: {stage} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
    }
}
