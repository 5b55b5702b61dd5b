using System.Text.RegularExpressions;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// The project root (the folder of claimlang.json, else the deepest folder holding every
/// checked path): the dataset's paths and ids are relative to it, so a build gives the same
/// files from whichever folder it runs in; finding ids are stable; and paths that select no
/// file are exit 2 with the reason.
/// </summary>
[UseGermanCulture]
public sealed partial class ProjectRootEndToEndTests : IDisposable
{
    private const string Declarations =
        "source BBC\nsource Bloomberg\nperson Heydemann\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n";

    // Unlabelled claims, so their ids are FILE:LINE.
    private const string Claims =
        "source BBC says Iran -> Syria aid 36e9 USD 2011..2016\n" +
        "source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"F-[0-9a-f]{10}")]
    private static partial Regex FindingIdPattern();

    [Fact]
    public void A_build_run_inside_the_project_writes_what_a_build_run_from_its_parent_writes()
    {
        _folder.Write("proj/decls.claim", Declarations);
        _folder.Write("proj/aid/iran.claim", Claims);

        Claimc.Run(_folder.Combine("proj"), "build", ".", "-o", _folder.Combine("inside")).ExitCode.ShouldBe(0);
        Claimc.Run(_folder.Path, "build", "proj", "-o", "parent").ExitCode.ShouldBe(0);

        string[] files = [.. Directory.GetFiles(_folder.Combine("inside")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        files.ShouldContain("claims.csv");
        foreach (string file in files)
        {
            File.ReadAllBytes(_folder.Combine("parent/" + file)).ShouldBe(File.ReadAllBytes(_folder.Combine("inside/" + file)), file);
        }
        string claims = File.ReadAllText(_folder.Combine("inside/claims.csv"));
        claims.ShouldContain("aid/iran.claim:1,aid/iran.claim,1,");
        claims.ShouldNotContain("proj/");
    }

    [Fact]
    public void Without_a_configuration_the_root_is_the_deepest_folder_holding_every_checked_path()
    {
        _folder.Write("a/proj/decls.claim", Declarations);
        _folder.Write("a/proj/aid/iran.claim", Claims);

        Claimc.Run(_folder.Path, "build", "a/proj/decls.claim", "a/proj/aid", "-o", "out").ExitCode.ShouldBe(0);

        File.ReadAllText(_folder.Combine("out/claims.csv")).ShouldContain("aid/iran.claim:2,aid/iran.claim,2,");
    }

    [Fact]
    public void With_a_configuration_the_root_is_its_folder_even_when_a_subfolder_is_built()
    {
        _folder.Write("proj/claimlang.json", "{}");
        _folder.Write("proj/aid/decls.claim", Declarations);
        _folder.Write("proj/aid/iran.claim", Claims);

        Claimc.Run(_folder.Path, "build", "proj/aid", "-o", "out").ExitCode.ShouldBe(0);

        File.ReadAllText(_folder.Combine("out/claims.csv")).ShouldContain("aid/iran.claim:1,aid/iran.claim,1,");
    }

    [Fact]
    public void Diagnostics_still_name_files_relative_to_the_current_folder()
    {
        _folder.Write("proj/claimlang.json", "{}");
        _folder.Write("proj/aid/iran.claim", "source BBC says Iran -> Syria 36e9 USD 2011\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "proj", "--format", "msbuild");

        result.Stdout.ShouldStartWith("proj/aid/iran.claim(1,8): error CL1001");
    }

    [Fact]
    public void A_finding_id_is_F_and_ten_hex_digits_of_the_hash_of_its_code_and_sorted_claim_ids()
    {
        _folder.Write("decls.claim", Declarations);
        _folder.Write("iran.claim", "bbc_6y: " + Claims.Split('\n')[0] + "\nheydemann: " + Claims.Split('\n')[1] + "\n");

        Claimc.Run(_folder.Path, "build", ".", "-o", "out").ExitCode.ShouldBe(0);

        // SHA-256 of "CL4001;bbc_6y;heydemann", worked out apart from the compiler.
        string expected = ExpectedFindingId.Of("CL4001", "heydemann", "bbc_6y");
        string conflicts = File.ReadAllText(_folder.Combine("out/conflicts.csv"));
        conflicts.ShouldContain($"\n{expected},CL4001,");
    }

    [Fact]
    public void Adding_a_file_with_a_new_finding_keeps_the_ids_of_the_others()
    {
        _folder.Write("decls.claim", Declarations);
        _folder.Write("b.claim", Claims);
        Claimc.Run(_folder.Path, "build", ".", "-o", "before").ExitCode.ShouldBe(0);

        _folder.Write("a.claim", "source BBC says Iran -> Syria aid 1e9 USD 2020\nsource Bloomberg says Iran -> Syria aid 5e9 USD 2020\n");
        Claimc.Run(_folder.Path, "build", ".", "-o", "after").ExitCode.ShouldBe(0);

        string[] before = [.. FindingIdPattern().Matches(File.ReadAllText(_folder.Combine("before/conflicts.csv"))).Select(m => m.Value)];
        string[] after = [.. FindingIdPattern().Matches(File.ReadAllText(_folder.Combine("after/conflicts.csv"))).Select(m => m.Value)];
        before.Length.ShouldBe(1);
        after.Length.ShouldBe(2);
        after.ShouldContain(before[0]);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("fmt")]
    public void Paths_whose_files_the_configuration_excludes_exit_with_2_naming_the_pattern(string command)
    {
        _folder.Write("claimlang.json", """{ "exclude": ["drafts/**"] }""");
        _folder.Write("decls.claim", Declarations);
        _folder.Write("drafts/new.claim", Claims);
        string[] args = command == "build" ? [command, "drafts", "-o", "out"] : [command, "drafts"];

        CliResult result = Claimc.Run(_folder.Path, args);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("'drafts/new.claim'");
        result.Stderr.ShouldContain("exclude pattern 'drafts/**'");
        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public void Paths_whose_files_no_include_pattern_takes_exit_with_2_naming_the_patterns()
    {
        _folder.Write("claimlang.json", """{ "include": ["claims/**/*.claim"], "exclude": ["**/old.claim"] }""");
        _folder.Write("claims/decls.claim", Declarations);
        _folder.Write("notes/old.claim", Claims);

        CliResult result = Claimc.Run(_folder.Path, "check", "notes");

        result.ExitCode.ShouldBe(2);
        // The exclude pattern matches it too, but taking that pattern out would not help.
        result.Stderr.ShouldContain("'notes/old.claim' is not checked because no include pattern of claimlang.json takes it ('claims/**/*.claim')");
    }

    [Fact]
    public void An_empty_folder_is_exit_2_for_fmt_too()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        CliResult result = Claimc.Run(_folder.Path, "fmt", "empty");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("no .claim file was found");
    }
}
