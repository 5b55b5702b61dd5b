using System.Globalization;

namespace ClaimLang.Bench.Corpus;

/// <summary>
/// Reads the arguments of <c>claimlang-bench gen OUT_DIR --claims N [--per-file 5000] [--seed 1]
/// [--conflict-rate 0.02] [--one-file] [--one-group] [--hledger FILE] [--jsonl FILE]</c>. Numbers are read with
/// the invariant culture, so a script means the same under any locale.
/// </summary>
public static class CorpusArguments
{
    public const string Usage =
        "claimlang-bench gen OUT_DIR --claims N [--per-file 5000] [--seed 1] [--conflict-rate 0.02] [--one-file] [--one-group] [--hledger FILE] [--jsonl FILE]";

    /// <exception cref="ArgumentException">An option is unknown, lacks its value or has a bad one.</exception>
    public static CorpusOptions Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0 || arguments[0].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException("the output folder comes first");
        var options = new CorpusOptions(arguments[0], Claims: 0);
        for (int i = 1; i < arguments.Count; i++)
        {
            string name = arguments[i];
            if (name == "--one-file")
            {
                options = options with { OneFile = true };
                continue;
            }
            if (name == "--one-group")
            {
                options = options with { OneGroup = true };
                continue;
            }
            if (i + 1 >= arguments.Count) throw new ArgumentException($"{name} needs a value");
            string value = arguments[++i];
            options = name switch
            {
                "--claims" => options with { Claims = Count(name, value) },
                "--per-file" => options with { PerFile = Count(name, value) },
                "--seed" => options with { Seed = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long seed) ? seed : throw Bad(name, value) },
                "--conflict-rate" => options with { ConflictRate = Rate(name, value) },
                "--hledger" => options with { HledgerPath = value },
                "--jsonl" => options with { JsonLinesPath = value },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        if (options.Claims == 0) throw new ArgumentException("--claims N is required");
        return options;
    }

    private static int Count(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0 ? count : throw Bad(name, value);

    private static double Rate(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double rate) && rate <= 1 ? rate : throw Bad(name, value);

    private static ArgumentException Bad(string name, string value) => new($"{name} {value}: not a valid value");
}
