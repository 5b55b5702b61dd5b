using System.Globalization;
using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Claims;
using ClaimLang.Bench.Corpus.Output;
using ClaimLang.Bench.Corpus.Randomness;
using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus;

/// <summary>
/// Writes a benchmark corpus: a project as analysts build one, of any size, the same bytes for
/// the same options. Claims come in articles (a comment names each), and every claim compiles
/// without errors; the only findings are warnings and infos (unused declarations, sources that
/// disagree on the claims written to conflict, a figure stated twice).
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>Written last: a folder without it holds an interrupted or older corpus (bench/lib.sh makes it again).</summary>
    public const string StampFile = "generated.txt";

    public static CorpusSummary Write(CorpusOptions options)
    {
        if (options.Claims <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.Claims, "a corpus has at least one claim");
        if (options.PerFile <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.PerFile, "a file has at least one claim");
        var random = new SeededRandom(options.Seed);
        CorpusCast cast = CastBuilder.Build(options.Claims, random);
        CorpusSeries series = SeriesBuilder.Build(options.Claims, cast.Entities, options.OneGroup, random);
        var composer = new ClaimComposer(cast, series, new TrueAmounts(options.Seed), options.ConflictRate, random);
        var desk = new ArticleDesk(cast.Sources, random);

        int conflicting = 0;
        string[] written;
        using (var files = new ClaimFiles(options, cast))
        using (var peers = new PeerFiles(options))
        {
            Article article = desk.Next();
            int left = article.Claims;
            bool fresh = true;
            for (int number = 0; number < options.Claims; number++)
            {
                if (left == 0)
                {
                    article = desk.Next();
                    left = article.Claims;
                    fresh = true;
                }
                TextWriter writer = files.For(number, out bool opened);
                if (fresh || opened)
                {
                    writer.WriteLine();
                    writer.WriteLine($"// {article.Source.DisplayName}, {article.Date()}{(fresh ? "" : " (continued)")}");
                    fresh = false;
                }
                ComposedClaim claim = composer.Compose(number, article);
                writer.WriteLine(claim.Text);
                peers.Write(claim.Record);
                if (claim.Conflicting) conflicting++;
                left--;
            }
            written = [.. files.Written];
        }
        // Only once every file is complete and closed: a stamped folder is a whole corpus, which
        // the scripts reuse without looking further.
        File.WriteAllText(Path.Combine(options.OutputFolder, StampFile), Stamp(options));
        return new CorpusSummary(written, options.Claims, conflicting);
    }

    private static string Stamp(CorpusOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"claimlang-bench gen --claims {options.Claims} --per-file {options.PerFile} --seed {options.Seed} --conflict-rate {options.ConflictRate:R}{(options.OneFile ? " --one-file" : "")}{(options.OneGroup ? " --one-group" : "")}\n");
}
