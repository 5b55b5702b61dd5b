using System.Diagnostics.Tracing;
using System.Globalization;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Bench;

/// <summary>
/// What a whole check allocates, by type: the runtime reports an allocation sample about
/// every 100 KB (GCAllocationTick), naming the type that crossed the mark, so the totals are
/// estimates in proportion to each type's share. Run under the JIT (the native build leaves
/// event support out); what allocates is the same.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string directory)
    {
        using var listener = new AllocationListener();
        SyntaxTree[] trees = CorpusFiles.ParseInParallel(directory);
        listener.Mark("parse");
        var compilation = ClaimCompilation.Create(trees);
        compilation.RunFileChecks();
        listener.Mark("per-file checks");
        var findings = ConsistencyChecker.Check(trees.SelectMany(t => compilation.GetFileChecks(t).Meanings), compilation.Symbols);
        listener.Mark("consistency");
        listener.Print(top: 25);
        GC.KeepAlive(findings);
        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<(string Stage, string Type), long> _bytes = [];
        private readonly Lock _gate = new();
        private string _stage = "parse";
        private readonly List<string> _stages = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null) return;
            int typeAt = data.PayloadNames!.IndexOf("TypeName");
            int amountAt = data.PayloadNames.IndexOf("AllocationAmount64");
            if (typeAt < 0 || amountAt < 0) return;
            string type = data.Payload[typeAt] as string ?? "?";
            long amount = Convert.ToInt64(data.Payload[amountAt], CultureInfo.InvariantCulture);
            lock (_gate)
            {
                var key = (_stage, type);
                _bytes[key] = _bytes.GetValueOrDefault(key) + amount;
            }
        }

        /// <summary>Samples from here on count for the next stage.</summary>
        public void Mark(string finished)
        {
            lock (_gate)
            {
                _stages.Add(finished);
                _stage = finished == "parse" ? "per-file checks" : "consistency";
            }
        }

        public void Print(int top)
        {
            lock (_gate)
            {
                foreach (string stage in _stages)
                {
                    var rows = _bytes.Where(p => p.Key.Stage == stage).OrderByDescending(p => p.Value).ToList();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: ~{rows.Sum(r => r.Value) / 1048576.0:F0} MiB sampled"));
                    foreach (var row in rows.Take(top))
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Value / 1048576.0,7:F1} MiB  {row.Key.Type}"));
                }
            }
        }
    }
}
