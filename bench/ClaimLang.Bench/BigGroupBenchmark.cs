using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Bench;

/// <summary>
/// One large flow group: 10,000 claims about one subject, metric and unit, over periods of
/// random days across 22 years, written from one true series (so they can all hold) except
/// for a few pushed out of range by 1000×. Times the consistency engine alone, first call
/// (cold) and then warm, for the figures in docs/performance.md.
/// </summary>
internal static class BigGroupBenchmark
{
    private const int Claims = 10_000;
    private const int Pushed = 5;
    private const double PerDay = 1e6;

    public static int Run()
    {
        string text = Project(new Random(20261124));
        var tree = SyntaxTree.ParseText(text, "bigroup.claim");
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c) ?? throw new InvalidOperationException("a generated claim has an error"))];

        for (int round = 0; round < 4; round++)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var findings = ConsistencyChecker.Check(meanings, compilation.Symbols);
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bigroup {(round == 0 ? "cold" : "warm")}: {clock.Elapsed.TotalMilliseconds:F0} ms, {findings.Length} findings, {allocated / 1048576.0:F1} MiB allocated"));
        }
        return 0;
    }

    // Every claim states the true total of its period (PerDay a day), rounded to three
    // significant digits as sources round; a few are multiplied by 1000.
    private static string Project(Random random)
    {
        var text = new StringBuilder("source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n");
        var first = new DateOnly(2001, 1, 1);
        int span = new DateOnly(2022, 12, 31).DayNumber - first.DayNumber;
        var pushed = new HashSet<int>();
        while (pushed.Count < Pushed) pushed.Add(random.Next(Claims));
        for (int i = 0; i < Claims; i++)
        {
            int a = random.Next(span), b = random.Next(span);
            DateOnly start = first.AddDays(Math.Min(a, b)), end = first.AddDays(Math.Max(a, b));
            double total = PerDay * (end.DayNumber - start.DayNumber + 1) * (pushed.Contains(i) ? 1000 : 1);
            string amount = total.ToString("0.00e0", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"source S{1 + random.Next(2)} says A -> B aid {amount} USD {start:yyyy-MM-dd}..{end:yyyy-MM-dd}\n");
        }
        return text.ToString();
    }
}
