using System.Diagnostics;
using System.Globalization;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Bench;

/// <summary>
/// Where the time of one edit goes once the language server is warm, stage by stage as it runs
/// them for a didChange of the largest file of DIR: applying the edit and parsing the members it
/// touches, the edited file's per-file checks, the project checks, the consistency findings,
/// and the compilation's list of diagnostics made from them all. Each edit
/// changes one digit of a claim's amount, as bench/lsp/edit-latency.mjs's first kind does;
/// medians of 40 edits after 10 warm-up ones.
/// </summary>
internal static class EditProfile
{
    private const int Warmup = 10;
    private const int Measured = 40;

    /// <param name="interactive">With the options the language server checks with (<see cref="CompilationOptions.Interactive"/>).</param>
    public static int Run(string directory, bool interactive)
    {
        SyntaxTree tree = CorpusFiles.ParseInParallel(directory).MaxBy(t => t.Text.Length)!;
        var compilation = ClaimCompilation.Create([tree], CompilationOptions.Default with { Interactive = interactive });
        compilation.GetDiagnostics();
        int[] amounts = AmountDigits(tree.Text.Text);
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var clock = new Stopwatch();
        for (int edit = 0; edit < Warmup + Measured; edit++)
        {
            int at = amounts[edit * 7919 % amounts.Length];
            char digit = (char)('1' + (tree.Text.Text[at] - '0') % 9);
            clock.Restart();
            SyntaxTree edited = tree.WithChange(new TextChange(new TextSpan(at, 1), digit.ToString()));
            ClaimCompilation next = compilation.ReplaceSyntaxTree(tree, edited);
            double parse = clock.Elapsed.TotalMilliseconds;

            clock.Restart();
            next.RunFileChecks();
            double fileChecks = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = NameBinder.CheckProject(next.Symbols, [next.GetFileChecks(edited)]).Kept;
            double projectChecks = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = next.GetFindings();
            double consistency = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            next.GetDiagnostics();
            double diagnostics = clock.Elapsed.TotalMilliseconds;

            if (edit >= Warmup)
            {
                Add(stages, "apply and parse", parse);
                Add(stages, "per-file checks", fileChecks);
                Add(stages, "project checks", projectChecks);
                Add(stages, "consistency", consistency);
                Add(stages, "diagnostics listed", diagnostics);
            }
            (tree, compilation) = (edited, next);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tree.FilePath}: {tree.Text.Length / 1048576.0:F1} MiB, {Measured} edits, medians:"));
        foreach (var (stage, times) in stages) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-18} {Median(times),7:F1} ms"));
        Console.WriteLine("(consistency: the compilation's findings, with its search budget and, --interactive, its cache; diagnostics listed: the");
        Console.WriteLine(" compilation's whole list from the stages before, the project checks run again)");
        return 0;
    }

    // The first digit of each claim's amount: the first digit after " says " not inside a name.
    private static int[] AmountDigits(string text)
    {
        var found = new List<int>();
        int line = 0;
        while (line < text.Length)
        {
            int end = text.IndexOf('\n', line);
            if (end < 0) end = text.Length;
            int says = text.IndexOf(" says ", line, end - line, StringComparison.Ordinal);
            for (int i = says < 0 ? end : says; i < end; i++)
            {
                if (char.IsAsciiDigit(text[i]) && !char.IsAsciiLetterOrDigit(text[i - 1]) && text[i - 1] != '_' && text[i - 1] != '.')
                {
                    found.Add(i);
                    break;
                }
            }
            line = end + 1;
        }
        return [.. found];
    }

    private static void Add(Dictionary<string, List<double>> stages, string stage, double ms)
    {
        if (!stages.TryGetValue(stage, out List<double>? times)) stages[stage] = times = [];
        times.Add(ms);
    }

    private static double Median(List<double> times)
    {
        var sorted = times.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
