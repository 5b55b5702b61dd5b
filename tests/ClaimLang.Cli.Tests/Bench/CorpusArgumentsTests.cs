using ClaimLang.Bench.Corpus;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>claimlang-bench gen's arguments, read the same under any culture.</summary>
[UseGermanCulture]
public sealed class CorpusArgumentsTests
{
    [Fact]
    public void Every_option_is_read()
    {
        CorpusOptions options = CorpusArguments.Parse(["out", "--claims", "100", "--per-file", "10", "--seed", "7",
            "--conflict-rate", "0.25", "--one-file", "--one-group", "--hledger", "c.journal", "--jsonl", "c.jsonl"]);

        options.ShouldBe(new CorpusOptions("out", 100)
        {
            PerFile = 10, Seed = 7, ConflictRate = 0.25, OneFile = true, OneGroup = true, HledgerPath = "c.journal", JsonLinesPath = "c.jsonl",
        });
    }

    [Fact]
    public void The_defaults_are_those_of_the_benchmarks()
    {
        CorpusArguments.Parse(["out", "--claims", "100"]).ShouldBe(new CorpusOptions("out", 100) { PerFile = 5000, Seed = 1, ConflictRate = 0.02 });
    }

    [Theory]
    [InlineData(new[] { "out" }, "--claims N is required")]
    [InlineData(new[] { "--claims", "5" }, "the output folder comes first")]
    [InlineData(new[] { "out", "--claims", "0" }, "--claims 0: not a valid value")]
    [InlineData(new[] { "out", "--claims", "5", "--conflict-rate", "1,5" }, "--conflict-rate 1,5: not a valid value")]
    [InlineData(new[] { "out", "--claims", "5", "--conflict-rate", "2" }, "--conflict-rate 2: not a valid value")]
    [InlineData(new[] { "out", "--claims" }, "--claims needs a value")]
    [InlineData(new[] { "out", "--claims", "5", "--beancount", "x" }, "unknown option --beancount")]
    public void Bad_arguments_are_refused(string[] arguments, string message)
    {
        Should.Throw<ArgumentException>(() => CorpusArguments.Parse(arguments)).Message.ShouldBe(message);
    }
}
