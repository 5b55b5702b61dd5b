using ClaimLang.Compilation;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>
/// What claimlang-bench gen writes compiles with the real compiler: exactly the claims asked
/// for, in the files asked for, without a single error; with a conflict rate of 0 no group has
/// a conflict, and with a positive one sources disagree (CL4001) but none contradicts itself
/// (CL4002, an error).
/// </summary>
[UseGermanCulture]
public sealed class CorpusCompilationTests
{
    [Theory]
    [InlineData(1, 5000, new[] { "claims-0000.claim", "decls.claim" })]
    [InlineData(12, 5, new[] { "claims-0000.claim", "claims-0001.claim", "claims-0002.claim", "decls.claim" })]
    [InlineData(2500, 1000, new[] { "claims-0000.claim", "claims-0001.claim", "claims-0002.claim", "decls.claim" })]
    public void The_claims_asked_for_compile_without_errors(int claims, int perFile, string[] files)
    {
        using var corpus = new GeneratedCorpus(claims, options => options with { PerFile = perFile });

        ClaimCompilation compilation = corpus.Compile();

        compilation.SyntaxTrees.Select(t => t.FilePath).ShouldBe(files);
        GeneratedCorpus.Claims(compilation).Count().ShouldBe(claims);
        GeneratedCorpus.Errors(compilation).ShouldBeEmpty();
        GeneratedCorpus.Claims(compilation).ShouldAllBe(claim => compilation.GetSemanticModel(claim.Tree).GetMeaning(claim) != null);
    }

    [Fact]
    public void One_file_holds_every_declaration_and_claim()
    {
        using var corpus = new GeneratedCorpus(3000, options => options with { OneFile = true });

        ClaimCompilation compilation = corpus.Compile();

        compilation.SyntaxTrees.Select(t => t.FilePath).ShouldBe(["corpus.claim"]);
        compilation.SyntaxTrees[0].Root.Declarations.ShouldNotBeEmpty();
        GeneratedCorpus.Claims(compilation).Count().ShouldBe(3000);
        GeneratedCorpus.Errors(compilation).ShouldBeEmpty();
    }

    [Fact]
    public void One_group_puts_every_claim_in_the_same_flow_over_varied_periods()
    {
        using var corpus = new GeneratedCorpus(2000, options => options with { OneFile = true, OneGroup = true });

        ClaimCompilation compilation = corpus.Compile();

        string[] lines = [.. File.ReadAllLines(Path.Combine(corpus.Folder, "corpus.claim")).Where(line => line.Contains(" says ", StringComparison.Ordinal))];
        lines.Length.ShouldBe(2000);
        // Subject, arrow, recipient and metric: the words after "says" up to the amount.
        lines.Select(line => string.Join(' ', line[(line.IndexOf(" says ", StringComparison.Ordinal) + 6)..].Split(' ').Take(4)).Replace("→", "->", StringComparison.Ordinal))
            .Distinct().Count().ShouldBe(1);
        GeneratedCorpus.Claims(compilation).Select(claim => compilation.GetSemanticModel(claim.Tree).GetMeaning(claim)!.ToString()).Distinct().Count().ShouldBeGreaterThan(100);
        GeneratedCorpus.Errors(compilation).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_conflict_rate_of_zero_gives_no_conflicts(long seed)
    {
        using var corpus = new GeneratedCorpus(4000, options => options with { ConflictRate = 0, Seed = seed });

        ClaimCompilation compilation = corpus.Compile();

        corpus.Summary.Conflicting.ShouldBe(0);
        GeneratedCorpus.Count(compilation, "CL4001").ShouldBe(0);
        GeneratedCorpus.Count(compilation, "CL4002").ShouldBe(0);
        GeneratedCorpus.Errors(compilation).ShouldBeEmpty();
    }

    [Fact]
    public void A_positive_conflict_rate_makes_sources_disagree_without_errors()
    {
        using var corpus = new GeneratedCorpus(2000, options => options with { ConflictRate = 0.1 });

        ClaimCompilation compilation = corpus.Compile();

        corpus.Summary.Conflicting.ShouldBeInRange(100, 300);
        GeneratedCorpus.Count(compilation, "CL4001").ShouldBeGreaterThan(50);
        GeneratedCorpus.Count(compilation, "CL4002").ShouldBe(0);
        GeneratedCorpus.Errors(compilation).ShouldBeEmpty();
    }
}
