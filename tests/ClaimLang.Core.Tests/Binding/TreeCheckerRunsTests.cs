using System.Text;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>A large file is checked in runs of members on several cores; the result must be what one pass gives, in the same order.</summary>
public sealed class TreeCheckerRunsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Checking_in_runs_gives_what_one_pass_gives(int runs)
    {
        ClaimCompilation compilation = ProjectBuilder.Compile(("decls.claim", ProjectBuilder.Declarations), ("claims.claim", MixedClaims(600)));
        SyntaxTree claims = compilation.SyntaxTrees.Single(t => t.FilePath == "claims.claim");

        TreeCheckResult whole = TreeChecker.Check(claims, compilation.Symbols, compilation.Units, compilation.Options.Meaning, runs: 1);
        TreeCheckResult split = TreeChecker.Check(claims, compilation.Symbols, compilation.Units, compilation.Options.Meaning, runs);

        whole.Diagnostics.Length.ShouldBeGreaterThan(100, "the file must give findings of several kinds in every run");
        split.Diagnostics.Select(d => d.ToString()).ShouldBe(whole.Diagnostics.Select(d => d.ToString()));
        split.Meanings.ShouldBe(whole.Meanings);
        split.Labels.Select(l => l.ToString()).ShouldBe(whole.Labels.Select(l => l.ToString()));
        split.UsedNames.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(whole.UsedNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_above_the_threshold_is_checked_as_a_fresh_single_pass_would()
    {
        ClaimCompilation compilation = ProjectBuilder.Compile(("decls.claim", ProjectBuilder.Declarations),
            ("claims.claim", MixedClaims(TreeChecker.ParallelThreshold / 4 + 50)));
        SyntaxTree claims = compilation.SyntaxTrees.Single(t => t.FilePath == "claims.claim");
        claims.Root.Members.Length.ShouldBeGreaterThan(TreeChecker.ParallelThreshold);

        TreeCheckResult checkedByDefault = TreeChecker.Check(claims, compilation.Symbols, compilation.Units, compilation.Options.Meaning);
        TreeCheckResult onePass = TreeChecker.Check(claims, compilation.Symbols, compilation.Units, compilation.Options.Meaning, runs: 1);

        checkedByDefault.Diagnostics.Select(d => d.ToString()).ShouldBe(onePass.Diagnostics.Select(d => d.ToString()));
        checkedByDefault.Meanings.ShouldBe(onePass.Meanings);
    }

    // Four members per round: a valid claim, an undeclared name, an empty range and a
    // labelled claim, so every run of members has findings, meanings and labels.
    private static string MixedClaims(int rounds)
    {
        var text = new StringBuilder();
        for (int i = 0; i < rounds; i++)
        {
            int year = 2000 + i % 20;
            text.Append("source BBC_Persian says Iran -> Syria aid ").Append(i + 1).Append("e6 USD ").Append(year).Append('\n');
            text.Append("source Bloomberg says Iran -> Iraq").Append(i % 3).Append(" aid 5 USD ").Append(year).Append('\n');
            text.Append("source Bloomberg says Iran -> Syria aid 9..").Append(i % 5).Append(" USD ").Append(year).Append('\n');
            text.Append("c").Append(i).Append(": source BBC_Persian says Iran -> Syria aid 7 USD ").Append(year).Append('\n');
        }
        return text.ToString();
    }
}
