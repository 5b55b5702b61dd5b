using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// claimc diff: claims added, removed and changed between two versions (matched by label, else
/// by attribution, subject, metric and period, so moved lines are no change), diagnostics
/// introduced and fixed, the three formats, --fail-on-new-errors, and --git.
/// </summary>
[UseGermanCulture]
public sealed class DiffEndToEndTests : IDisposable
{
    private const string Declarations =
        "source BBC\nsource DW\nsource AP\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n";

    private const string Claims =
        "total: source BBC says Iran -> Syria aid 36e9 USD 2011..2016\n" +
        "source DW says Iran -> Syria aid 2e9 USD/yr 2012\n" +
        "source DW says Iran -> Syria aid 1e9 USD 2013\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        WriteVersion("old", Claims);
        WriteVersion("new", Claims);

        CliResult result = Claimc.Run(_folder.Path, "diff", "old", "new");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBe("no changes between old and new\n");
    }

    [Fact]
    public void Added_removed_and_changed_claims_are_listed_with_the_values_that_changed()
    {
        WriteVersion("old", Claims);
        WriteVersion("new", "// moved down a line\n" +
            "total: source BBC says Iran -> Syria aid 38e9 USD 2011..2016\n" +
            "source DW says Iran -> Syria aid 2e9 USD/yr 2012\n" +
            "source BBC says Iran -> Syria aid 3e9 USD 2014\n");

        CliResult result = Claimc.Run(_folder.Path, "diff", "old", "new");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldBe(
            "claims: 1 added, 1 removed, 1 changed\n" +
            "  + aid.claim:4  BBC says Iran -> Syria aid 3e9 USD 2014-01-01..2014-12-31\n" +
            "  - aid.claim:3  DW says Iran -> Syria aid 1e9 USD 2013-01-01..2013-12-31\n" +
            "  ~ total  amount: 36e9 -> 38e9; low: 35500000000 -> 37500000000; high: 36500000000 -> 38500000000; " +
            "total_low: 35500000000 -> 37500000000; total_high: 36500000000 -> 38500000000\n" +
            "diagnostics: 0 introduced, 0 fixed\n");
    }

    [Fact]
    public void A_new_conflict_is_introduced_and_fails_the_run_only_as_an_error_when_asked()
    {
        WriteVersion("old", Claims);
        WriteVersion("new", Claims + "source AP says Iran -> Syria aid 90e9 USD 2012\n");

        CliResult plain = Claimc.Run(_folder.Path, "diff", "old", "new");
        plain.ExitCode.ShouldBe(0);
        // Two conflicts with earlier claims; and AP, declared but unused before, is used now.
        plain.Stdout.ShouldContain("diagnostics: 2 introduced, 1 fixed\n  + aid.claim:4: warning CL4001: ");
        plain.Stdout.ShouldContain("  - decls.claim:3: warning CL1004: source 'AP' is declared but never used");

        // A warning is not an error...
        Claimc.Run(_folder.Path, "diff", "old", "new", "--fail-on-new-errors").ExitCode.ShouldBe(0);
        // ...but it is once configured as one.
        _folder.Write("new/claimlang.json", "{ \"diagnostics\": { \"CL4001\": \"error\" } }");
        Claimc.Run(_folder.Path, "diff", "old", "new", "--fail-on-new-errors").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_finding_whose_claims_moved_to_other_lines_is_still_the_same_finding()
    {
        const string conflicting = "source AP says Iran -> Syria aid 90e9 USD 2012\n";
        WriteVersion("old", Claims + conflicting);
        // Every unlabelled claim moves down a line, so the finding's id (which hashes FILE:LINE ids) changes.
        WriteVersion("new", "// a note on top\n" + Claims + conflicting);

        CliResult result = Claimc.Run(_folder.Path, "diff", "old", "new");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldBe("no changes between old and new\n");
    }

    [Fact]
    public void A_finding_keeps_its_id_when_the_claim_at_its_place_now_covers_another_period()
    {
        // Same file and line, so the same claim id and the same finding id, though the claim is
        // now about another period (a removed and an added claim) and the message says so.
        WriteVersion("old", Claims + "source AP says Iran -> Syria aid 90e9 USD 2012\n");
        WriteVersion("new", Claims + "source AP says Iran -> Syria aid 90e9 USD 2012..2013\n");

        CliResult result = Claimc.Run(_folder.Path, "diff", "old", "new");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("claims: 1 added, 1 removed, 0 changed\n");
        // Its finding with BBC's total keeps its claims, so its id: neither fixed nor introduced.
        // (The one with DW's figures gains a claim: a new finding, and the old one is fixed.)
        result.Stdout.ShouldContain("diagnostics: 1 introduced, 1 fixed\n");
        result.Stdout.ShouldNotContain("BBC says at most 36.5e9 USD");
    }

    [Fact]
    public void A_fixed_error_is_listed_as_fixed_and_does_not_fail()
    {
        WriteVersion("old", Claims + "source BBC says Iran -> 36e9 USD 2011\n");
        WriteVersion("new", Claims);

        CliResult result = Claimc.Run(_folder.Path, "diff", "old", "new", "--fail-on-new-errors");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("diagnostics: 0 introduced, 1 fixed\n  - aid.claim:4: error CL0001: ");
    }

    [Fact]
    public void Markdown_is_a_pull_request_comment_with_tables()
    {
        WriteVersion("old", Claims);
        WriteVersion("new", Claims.Replace("36e9", "38e9", StringComparison.Ordinal) + "source AP says Iran -> Syria aid 90e9 USD 2012\n");

        string markdown = Claimc.Run(_folder.Path, "diff", "old", "new", "--format", "markdown").Stdout;

        markdown.ShouldStartWith("## Claims: old → new\n\n**Claims:** 1 added, 0 removed, 1 changed. **Diagnostics:** 2 introduced, 1 fixed.\n");
        markdown.ShouldContain("| changed | `total` | amount: `36e9` -> `38e9`;");
        markdown.ShouldContain("| added | `aid.claim:4` | AP says Iran -> Syria aid 90e9 USD 2012-01-01..2012-12-31 |");
        markdown.ShouldContain("| introduced | warning CL4001 | `aid.claim:4` |");
    }

    [Fact]
    public void Markdown_keeps_a_note_inside_its_code_span()
    {
        // A note that closes its code span could post links, images and mentions in the comment.
        WriteVersion("old", Claims.Replace("2012\n", "2012 note \"plain\"\n", StringComparison.Ordinal));
        WriteVersion("new", Claims.Replace("2012\n", "2012 note \"`` `x` ``@someone ![x](http://a) | <b>\"\n", StringComparison.Ordinal));

        string markdown = Claimc.Run(_folder.Path, "diff", "old", "new", "--format", "markdown").Stdout;

        markdown.ShouldContain("| changed | `aid.claim:2` | note: `plain` -> ``` `` `x` ``@someone ![x](http://a) \\| <b> ``` |\n");
    }

    [Fact]
    public void Json_holds_every_changed_column()
    {
        WriteVersion("old", Claims);
        WriteVersion("new", Claims.Replace("36e9", "38e9", StringComparison.Ordinal));

        using JsonDocument json = JsonDocument.Parse(Claimc.Run(_folder.Path, "diff", "old", "new", "-f", "json").Stdout);

        JsonElement changed = json.RootElement.GetProperty("claims").GetProperty("changed")[0];
        changed.GetProperty("id").GetString().ShouldBe("total");
        changed.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("column").GetString())
            .ShouldBe(["amount", "low", "high", "total_low", "total_high"]);
        json.RootElement.GetProperty("claims").GetProperty("added").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("diagnostics").GetProperty("introduced").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Git_compares_the_working_tree_with_a_revision()
    {
        WriteVersion("repo/claims", Claims);
        TestGit.Run(_folder.Combine("repo"), "init", "-q");
        TestGit.Run(_folder.Combine("repo"), "add", ".");
        TestGit.Run(_folder.Combine("repo"), "commit", "-q", "-m", "first");
        _folder.Write("repo/claims/aid.claim", Claims.Replace("2e9 USD/yr", "3e9 USD/yr", StringComparison.Ordinal));

        CliResult result = Claimc.Run(_folder.Combine("repo"), "diff", "--git", "HEAD", "claims");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldStartWith("claims: 0 added, 0 removed, 1 changed\n  ~ aid.claim:2  amount: 2e9 -> 3e9;");
        Claimc.Run(_folder.Combine("repo"), "diff", "--git", "no-such-branch", "claims").ExitCode.ShouldBe(2);
    }

    [Theory]
    [InlineData("diff", "old")]
    [InlineData("diff", "old", "new", "third")]
    [InlineData("diff", "--git", "HEAD", "a", "b")]
    [InlineData("diff", "old", "missing")]
    public void Wrong_folders_are_a_usage_error(params string[] args)
    {
        WriteVersion("old", Claims);

        Claimc.Run(_folder.Path, args).ExitCode.ShouldBe(2);
    }

    [Theory]
    [InlineData("diff", "--git")]
    [InlineData("diff", "--git", "--format=json")]
    [InlineData("diff", "--format", "json", "--git")]
    [InlineData("diff", "--git", "-f", "json")]
    public void Git_without_a_revision_is_a_usage_error_that_asks_for_one(params string[] args)
    {
        CliResult result = Claimc.Run(_folder.Path, args);

        result.ExitCode.ShouldBe(2, result.Stderr);
        result.Stderr.ShouldContain("--git needs a revision");
        result.Stderr.ShouldNotContain("internal error");
    }

    [Fact]
    public void A_revision_that_looks_like_an_option_is_a_usage_error()
    {
        // git would take it for one of its own options.
        CliResult result = Claimc.Run(_folder.Path, "diff", "--git", "--output=x");

        result.ExitCode.ShouldBe(2, result.Stderr);
        result.Stderr.ShouldContain("'--output=x' is not a revision");
    }

    private void WriteVersion(string folder, string claims)
    {
        _folder.Write($"{folder}/decls.claim", Declarations);
        _folder.Write($"{folder}/aid.claim", claims);
    }
}
