using System.Globalization;
using System.Security.Cryptography;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>
/// Benchmark figures are compared across runs and commits only if the corpus is the same: the
/// same options give the same bytes (in any culture, with LF line ends and no byte order
/// mark), and another seed gives another corpus.
/// </summary>
[UseGermanCulture]
public sealed class CorpusDeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_bytes_in_any_culture()
    {
        using var german = new GeneratedCorpus(1500, peers: true);
        Dictionary<string, byte[]> first = Files(german);
        Dictionary<string, byte[]> second;
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            using var invariant = new GeneratedCorpus(1500, peers: true);
            second = Files(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        first.Keys.Order(StringComparer.Ordinal).ShouldBe(["corpus/claims-0000.claim", "corpus/decls.claim", "corpus/generated.txt", "peers/claims.journal", "peers/claims.jsonl"]);
        second.Keys.Order(StringComparer.Ordinal).ShouldBe(first.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, byte[] bytes) in first)
        {
            second[name].SequenceEqual(bytes).ShouldBeTrue($"{name} differs between two runs with the same seed");
            bytes.ShouldNotContain((byte)'\r', $"{name} has a CR");
            bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, $"{name} starts with a byte order mark");
        }
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        using var first = new GeneratedCorpus(500);
        using var second = new GeneratedCorpus(500, options => options with { Seed = 2 });

        Text(second, "claims-0000.claim").ShouldNotBe(Text(first, "claims-0000.claim"));
        Text(second, "decls.claim").ShouldNotBe(Text(first, "decls.claim"));
    }

    // Pinned, so that a change to the generator (or to the runtime's arithmetic or formatting
    // on some machine) cannot go unnoticed: figures measured on other corpora are not
    // comparable. Changing the generator on purpose means a new digest here and a line in
    // docs/performance.md.
    [Fact]
    public void A_small_corpus_has_the_pinned_digest()
    {
        using var corpus = new GeneratedCorpus(300, options => options with { PerFile = 100 }, peers: true);

        string digest = Convert.ToHexStringLower(SHA256.HashData(Files(corpus).OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value).ToArray()));

        digest.ShouldBe("7c873bedd78aa5176c60cd3b2bf5f6078c57be84768e9b9b85c636cd578e606c");
    }

    private static Dictionary<string, byte[]> Files(GeneratedCorpus corpus)
    {
        string root = Path.GetDirectoryName(corpus.Folder)!;
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    private static string Text(GeneratedCorpus corpus, string file) => File.ReadAllText(Path.Combine(corpus.Folder, file));
}
