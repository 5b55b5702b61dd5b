using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>claimc check with a claimlang.json (docs/configuration.md): discovery, severities, and a broken file's exit code 2.</summary>
[UseGermanCulture]
public sealed class ConfigurationEndToEndTests : IDisposable
{
    // CL0001 at 1,25; the only problem of the file.
    private const string SyntaxError = "source BBC says Iran -> 36e9 USD 2011\n";
    private const string OnlyComments = "// nothing claimed yet\n";

    // Two problems: an unknown key on line 2, a severity that does not exist on line 4.
    private const string BrokenConfiguration = "{\n  \"exlude\": [\"drafts/**\"],\n  \"diagnostics\": {\n    \"CL0001\": \"loud\"\n  }\n}\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_broken_configuration_exits_with_2_and_shows_CL9001_at_its_line_and_column()
    {
        _folder.Write("claimlang.json", BrokenConfiguration);
        _folder.Write("aid/iran.claim", SyntaxError);

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(2);
        string[] lines = result.Stdout.Split('\n');
        lines[0].ShouldBe("claimlang.json(2,3): error CL9001: unknown key 'exlude'; did you mean 'exclude'? The keys are " +
                          "'$schema', 'include', 'exclude', 'diagnostics', 'approximateTolerance', 'roundingTolerance'");
        lines[1].ShouldBe("   |   \"exlude\": [\"drafts/**\"],");
        lines[2].ShouldBe("   |   ^~~~~~~~");
        result.Stdout.ShouldContain("claimlang.json(4,15): error CL9001: 'loud' is not a severity; use one of 'error', 'warning', 'info', 'none'");
        result.Stdout.ShouldEndWith("2 errors in 1 file\n");
        // Nothing was checked: the syntax error of the .claim file is not reported.
        result.Stdout.ShouldNotContain("CL0001:");
        result.Stderr.ShouldBe("claimc: error: 'claimlang.json' is invalid, so no file was checked; fix what it reports and run again\n");
    }

    [Fact]
    public void A_broken_configuration_is_reported_in_json_with_its_positions()
    {
        _folder.Write("claimlang.json", BrokenConfiguration);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "json");

        result.ExitCode.ShouldBe(2);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement[] diagnostics = [.. document.RootElement.GetProperty("diagnostics").EnumerateArray()];
        diagnostics.Select(d => d.GetProperty("code").GetString()).ShouldBe(["CL9001", "CL9001"]);
        diagnostics.Select(d => d.GetProperty("file").GetString()).ShouldAllBe(file => file == "claimlang.json");
        diagnostics.Select(d => (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("endColumn").GetInt32()))
            .ShouldBe([(2, 3, 11), (4, 15, 21)]);
    }

    [Fact]
    public void A_malformed_configuration_is_reported_where_the_JSON_goes_wrong_even_under_warnaserror()
    {
        _folder.Write("claimlang.json", "{\n  \"exclude\": [\"drafts/**\"]\n  \"roundingTolerance\": true\n}\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "msbuild", "--warnaserror");

        result.ExitCode.ShouldBe(2);
        result.StdoutLines.Single().ShouldStartWith("claimlang.json(3,3): error CL9001: this is not valid JSON: ");
    }

    [Fact]
    public void A_broken_configuration_above_the_current_folder_is_shown_relative_to_it_in_github_annotations()
    {
        _folder.Write("claimlang.json", BrokenConfiguration);
        _folder.Write("data/a.claim", OnlyComments);

        CliResult result = Claimc.Run(_folder.Combine("data"), "check", "--format", "github");

        result.ExitCode.ShouldBe(2);
        result.StdoutLines[0].ShouldStartWith("::error file=../claimlang.json,line=2,col=3,");
        result.StdoutLines[0].ShouldContain(",title=CL9001::");
    }

    [Fact]
    public async Task A_broken_configuration_gives_valid_sarif()
    {
        _folder.Write("claimlang.json", BrokenConfiguration);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "sarif");

        result.ExitCode.ShouldBe(2);
        var errors = await SarifSchema.ValidateAsync(result.Stdout);
        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
        result.Stdout.ShouldContain("\"ruleId\": \"CL9001\"");
    }

    [Fact]
    public void A_broken_configuration_goes_to_the_output_file_and_still_exits_with_2()
    {
        _folder.Write("claimlang.json", BrokenConfiguration);

        CliResult result = Claimc.Run(_folder.Path, "check", "-f", "msbuild", "-o", "report.txt");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        File.ReadAllText(_folder.Combine("report.txt")).ShouldStartWith("claimlang.json(2,3): error CL9001: ");
    }

    [Fact]
    public void A_severity_override_turns_a_syntax_error_into_a_warning_and_the_run_succeeds()
    {
        _folder.Write("aid/iran.claim", SyntaxError);
        CliResult before = Claimc.Run(_folder.Path, "check", "-f", "msbuild");
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL0001": "warning" } }""");

        CliResult after = Claimc.Run(_folder.Path, "check", "-f", "msbuild");
        CliResult strict = Claimc.Run(_folder.Path, "check", "-f", "msbuild", "--warnaserror");

        before.ExitCode.ShouldBe(1);
        before.StdoutLines.Single().ShouldStartWith("aid/iran.claim(1,25): error CL0001: ");
        after.ExitCode.ShouldBe(0);
        after.StdoutLines.Single().ShouldStartWith("aid/iran.claim(1,25): warning CL0001: ");
        strict.ExitCode.ShouldBe(1);
        strict.StdoutLines.Single().ShouldStartWith("aid/iran.claim(1,25): error CL0001: ");
    }

    [Fact]
    public void A_severity_override_shows_in_the_summary_and_json()
    {
        _folder.Write("aid/iran.claim", SyntaxError);
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL0001": "info" } }""");

        CliResult text = Claimc.Run(_folder.Path, "check");
        CliResult json = Claimc.Run(_folder.Path, "check", "-f", "json");

        text.ExitCode.ShouldBe(0);
        text.Stdout.ShouldEndWith("1 info in 1 file\n");
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().ShouldBe("info");
    }

    [Fact]
    public void None_switches_a_code_off_in_every_format()
    {
        _folder.Write("aid/iran.claim", SyntaxError);
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL0001": "none" } }""");

        CliResult text = Claimc.Run(_folder.Path, "check");
        CliResult json = Claimc.Run(_folder.Path, "check", "-f", "json", "--warnaserror");

        text.ExitCode.ShouldBe(0);
        text.Stdout.ShouldBe("no problems in 1 file\n");
        json.ExitCode.ShouldBe(0);
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
        document.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void An_exclude_glob_skips_drafts_but_a_draft_named_on_the_command_line_is_checked()
    {
        _folder.Write("aid/iran.claim", OnlyComments);
        _folder.Write("drafts/wip.claim", SyntaxError);
        _folder.Write("drafts/deeper/wip.claim", SyntaxError);
        _folder.Write("claimlang.json", """{ "exclude": ["drafts/**"] }""");

        CliResult walked = Claimc.Run(_folder.Path, "check");
        CliResult named = Claimc.Run(_folder.Path, "check", "drafts/wip.claim", "-f", "msbuild");

        walked.ExitCode.ShouldBe(0);
        walked.Stdout.ShouldBe("no problems in 1 file\n");
        named.ExitCode.ShouldBe(1);
        named.StdoutLines.Single().ShouldStartWith("drafts/wip.claim(1,25): error CL0001: ");
    }

    [Fact]
    public void The_nearest_configuration_above_the_checked_paths_is_used()
    {
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL0001": "none" } }""");
        _folder.Write("project/claimlang.json", """{ "diagnostics": { "CL0001": "warning" } }""");
        _folder.Write("project/aid/iran.claim", SyntaxError);
        _folder.Write("other/iran.claim", SyntaxError);

        // From the project's own folder, from above it with a path into it, and from below it.
        Claimc.Run(_folder.Combine("project"), "check", "-f", "msbuild").StdoutLines.Single().ShouldContain(": warning CL0001: ");
        Claimc.Run(_folder.Path, "check", "project/aid/iran.claim", "-f", "msbuild").StdoutLines.Single().ShouldContain(": warning CL0001: ");
        Claimc.Run(_folder.Combine("project/aid"), "check", "-f", "msbuild").StdoutLines.Single().ShouldContain(": warning CL0001: ");
        // Paths in two places share only the outer folder, so the outer file applies.
        CliResult both = Claimc.Run(_folder.Path, "check", "project", "other", "-f", "msbuild");
        both.ExitCode.ShouldBe(0);
        both.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void A_configuration_below_the_checked_folder_does_not_apply()
    {
        _folder.Write("project/claimlang.json", """{ "diagnostics": { "CL0001": "none" } }""");
        _folder.Write("project/iran.claim", SyntaxError);

        CliResult result = Claimc.Run(_folder.Path, "check", "-f", "msbuild");

        result.ExitCode.ShouldBe(1);
        result.StdoutLines.Single().ShouldStartWith("project/iran.claim(1,25): error CL0001: ");
    }

    [Fact]
    public void The_repositorys_examples_configuration_is_valid_for_claimc()
    {
        string examples = RepositoryLayout.Examples;
        File.Exists(Path.Combine(examples, "claimlang.json")).ShouldBeTrue();

        CliResult result = Claimc.Run(examples, "check", "-f", "json");

        result.ExitCode.ShouldNotBe(2, result.Stdout + result.Stderr);
        result.Stdout.ShouldNotContain("CL9001");
    }
}
