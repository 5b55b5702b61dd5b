using ClaimLang.Bench.Corpus;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>A corpus written by the benchmark generator into a temporary folder, and compiled in-process by the real compiler.</summary>
internal sealed class GeneratedCorpus : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Writes <paramref name="claims"/> claims with the default options, changed by <paramref name="adjust"/>; with <paramref name="peers"/>, the hledger and JSON Lines files too.</summary>
    public GeneratedCorpus(int claims, Func<CorpusOptions, CorpusOptions>? adjust = null, bool peers = false)
    {
        var options = new CorpusOptions(_folder.Combine("corpus"), claims);
        if (peers) options = options with { HledgerPath = _folder.Combine("peers/claims.journal"), JsonLinesPath = _folder.Combine("peers/claims.jsonl") };
        Options = adjust is null ? options : adjust(options);
        Summary = BenchmarkCorpus.Write(Options);
    }

    public CorpusOptions Options { get; }

    public CorpusSummary Summary { get; }

    public string Folder => Options.OutputFolder;

    /// <summary>Every .claim file of the corpus, in path order, as one compilation.</summary>
    public ClaimCompilation Compile()
    {
        string[] files = Directory.GetFiles(Folder, "*.claim", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return ClaimCompilation.Create(files.Select(path => SyntaxTree.ParseText(File.ReadAllText(path), Path.GetFileName(path))));
    }

    /// <summary>The claims of a compilation, file by file in path order, each file's from top to bottom: the order they were written in.</summary>
    public static IEnumerable<ClaimSyntax> Claims(ClaimCompilation compilation) => compilation.SyntaxTrees.SelectMany(tree => tree.Root.Claims);

    public static int Count(ClaimCompilation compilation, string code) => compilation.GetDiagnostics().Count(d => d.Id == code);

    public static string[] Errors(ClaimCompilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Location} {d.Id}: {d.Message}")];

    public void Dispose() => _folder.Dispose();
}
