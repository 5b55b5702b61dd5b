using System.Diagnostics;
using System.Globalization;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Bench;

/// <summary>
/// Where a whole check's time goes, cold, in one process, stage by stage as a check runs them:
/// reading and parsing, declarations and symbols, the per-file checks (names, attributes,
/// units, meanings), the project checks, and the consistency engine.
/// </summary>
internal static class CheckProfile
{
    public static int Run(string directory)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        SyntaxTree[] trees = CorpusFiles.ParseInParallel(directory);
        Report("parse", clock);

        var compilation = ClaimCompilation.Create(trees);
        _ = compilation.Symbols;
        _ = compilation.Units;
        Report("declarations and symbols", clock);

        compilation.RunFileChecks();
        var results = trees.Select(compilation.GetFileChecks).ToArray();
        Report("per-file checks", clock);

        var project = NameBinder.CheckProject(compilation.Symbols, results).Kept;
        Report("project checks", clock);

        var findings = ConsistencyChecker.Check(results.SelectMany(r => r.Meanings), compilation.Symbols);
        Report("consistency", clock);
        if (Environment.GetEnvironmentVariable("CLAIMLANG_BENCH_GCINFO") == "1") GcReport.Print();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total {total.Elapsed.TotalMilliseconds:F0} ms, {findings.Length} findings, peak {PeakMemory.Bytes() / 1048576.0:F0} MiB, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        // CLAIMLANG_BENCH_HOLD=1 keeps the process (and everything a check retains) alive until
        // stdin closes, so that a heap snapshot can be taken (dotnet-gcdump collect -p PID).
        if (Environment.GetEnvironmentVariable("CLAIMLANG_BENCH_HOLD") == "1") Console.In.ReadToEnd();
        GC.KeepAlive(trees);
        GC.KeepAlive(results);
        GC.KeepAlive(project);
        return 0;
    }

    // With CLAIMLANG_BENCH_RETAINED=1 each line also says how much memory is live after the
    // stage (a full collection, so it is off by default: it would change the times).
    private static readonly bool ShowRetained = Environment.GetEnvironmentVariable("CLAIMLANG_BENCH_RETAINED") == "1";

    private static void Report(string stage, Stopwatch clock)
    {
        double ms = clock.Elapsed.TotalMilliseconds;
        string retained = ShowRetained ? string.Create(CultureInfo.InvariantCulture, $", {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,6:F1} MiB live") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-26} {ms,7:F0} ms{retained}"));
        clock.Restart();
    }
}
