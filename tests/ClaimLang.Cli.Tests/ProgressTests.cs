using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests;

[UseGermanCulture]
public sealed class ProgressTests
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "true", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "true", false)]
    public void Progress_only_on_a_terminal_outside_CI(bool redirected, string? ci, bool expected) =>
        ProgressPolicy.ShouldShowProgress(redirected, ci).ShouldBe(expected);

    [Fact]
    public void A_check_at_a_terminal_shows_its_stages_on_stderr_and_erases_them_before_the_report()
    {
        using var folder = new TempFolder();
        folder.Write("a.claim", "source BBC\nentity Iran\nentity Syria\n");
        folder.Write("b.claim", "source BBC says Iran -> Syria 36e9 USD 2011..2017\nsource BBC says Iran -> Syria 1e9 USD 2012\n");

        CliResult quiet = Claimc.Run(folder.Path, "check");
        CliResult shown = Claimc.RunWithProgress(folder.Path, "check");

        quiet.Stderr.ShouldBeEmpty();
        shown.Stdout.ShouldBe(quiet.Stdout);
        shown.ExitCode.ShouldBe(quiet.ExitCode);
        shown.Stderr.ShouldContain("claimc: parsing 2/2 files");
        shown.Stderr.ShouldContain("claimc: checking names, values and which claims cannot all be true in 2 files");
        // A terminal ends with the line blanked and the cursor at its start.
        string[] redraws = shown.Stderr.Split('\r');
        redraws[^1].ShouldBeEmpty();
        redraws[^2].Trim().ShouldBeEmpty();
        redraws[^2].Length.ShouldBeGreaterThanOrEqualTo(redraws.Max(r => r.Length));
    }

    [Fact]
    public void A_build_at_a_terminal_shows_when_it_writes_the_dataset_and_erases_the_line()
    {
        using var folder = new TempFolder();
        folder.Write("a.claim", "source BBC\nentity Iran\nentity Syria\n");
        folder.Write("b.claim", "source BBC says Iran -> Syria 36e9 USD 2011..2017\n");

        CliResult shown = Claimc.RunWithProgress(folder.Path, "build", "-o", "out");

        shown.ExitCode.ShouldBe(0, shown.Stderr);
        shown.Stderr.ShouldContain("claimc: parsing 2/2 files");
        shown.Stderr.ShouldContain("claimc: writing the dataset");
        // The status line is blanked before the closing summary, which stands on its own line.
        string last = shown.Stderr.Split('\r')[^1];
        last.ShouldBe("claimc: wrote 1 claim, 0 findings and 3 declarations to 'out'\n");
    }
}
