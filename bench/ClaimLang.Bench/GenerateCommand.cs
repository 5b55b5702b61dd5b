using System.Globalization;
using ClaimLang.Bench.Corpus;

namespace ClaimLang.Bench;

/// <summary>claimlang-bench gen: writes a benchmark corpus (<see cref="BenchmarkCorpus"/>) and says what it wrote.</summary>
internal static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> arguments)
    {
        CorpusOptions options;
        try
        {
            options = CorpusArguments.Parse(arguments);
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine($"gen: {problem.Message}");
            Console.Error.WriteLine("usage: " + CorpusArguments.Usage);
            return 2;
        }
        CorpusSummary summary = BenchmarkCorpus.Write(options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gen: {summary.Claims} claims ({summary.Conflicting} written to conflict) in {summary.ClaimFiles.Count} files under {options.OutputFolder}"));
        return 0;
    }
}
