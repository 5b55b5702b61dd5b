using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// claimc check on real files through the real parser. Assertions stay on what docs/language.md fixes
/// (codes, positions, exit codes, paths, order), not on the parser's wording.
/// </summary>
[UseGermanCulture]
public sealed class CheckEndToEndTests : IDisposable
{
    private const string MissingEntity = "source BBC says Iran -> 36e9 USD 2011\n";
    private const string LoneQuote = "\"\n";
    private const string OnlyComments = "// nothing claimed yet\n/* still nothing */\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_without_problems_exits_with_0()
    {
        _folder.Write("aid/empty.claim", OnlyComments);

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBe("no problems in 1 file\n");
        result.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void A_folder_without_claim_files_exits_with_2_saying_so()
    {
        // A CI job whose paths select nothing has checked nothing: it must not pass.
        _folder.Write("notes.txt", "not a claim file");

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain("no .claim file was found under the given paths");
    }

    [Fact]
    public void A_syntax_error_exits_with_1_and_is_shown_with_its_source_line()
    {
        _folder.Write("aid/iran.claim", MissingEntity);

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(1);
        string[] lines = result.Stdout.Split('\n');
        lines[0].ShouldStartWith("aid/iran.claim(1,");
        lines[0].ShouldContain("): error CL0001: ");
        lines[1].ShouldBe("   | " + MissingEntity.TrimEnd('\n'));
        lines[2].ShouldStartWith("   | ");
        lines[2][5..].Trim().ShouldStartWith("^");
        result.Stdout.ShouldEndWith(" in 1 file\n");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    public void No_line_of_the_report_starts_a_GitHub_workflow_command(string format)
    {
        // A CI job prints the report into its log, where "::add-mask::x" at the start of a line
        // would hide x from the log and "::error::" would forge an annotation.
        _folder.Write("::error::x.claim", "::error::forged\n::add-mask::x\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", format);

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldContain("error::x.claim(2,");
        result.Stdout.Split('\n').ShouldAllBe(line => !line.TrimStart().StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unterminated_string_is_CL0002()
    {
        _folder.Write("quote.claim", LoneQuote);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(1);
        result.StdoutLines.ShouldContain(line => line.StartsWith("quote.claim(1,1): error CL0002: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_are_relative_to_the_current_folder_with_slashes_in_every_format()
    {
        _folder.Write("data/aid/iran.claim", MissingEntity);
        string inner = _folder.Combine("data");

        Claimc.Run(inner, "check", "-f", "msbuild").Stdout.ShouldStartWith("aid/iran.claim(1,");
        Claimc.Run(inner, "check", "-f", "github").Stdout.ShouldStartWith("::error file=aid/iran.claim,line=1,");
        Claimc.Run(_folder.Path, "check", "data", "-f", "msbuild").Stdout.ShouldStartWith("data/aid/iran.claim(1,");
        Claimc.Run(_folder.Combine("data/aid"), "check", "../../data", "-f", "msbuild").Stdout.ShouldStartWith("iran.claim(1,");

        using JsonDocument json = JsonDocument.Parse(Claimc.Run(inner, "check", "-f", "json").Stdout);
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString().ShouldBe("aid/iran.claim");
    }

    [Fact]
    public void Output_is_in_ordinal_path_order_and_the_same_on_every_run()
    {
        foreach (string path in new[] { "b.claim", "a/z.claim", "B.claim", "a.claim", "a-b.claim" })
        {
            _folder.Write(path, MissingEntity + LoneQuote);
        }

        CliResult first = Claimc.Run(_folder.Path, "check", "--format", "msbuild");
        CliResult second = Claimc.Run(_folder.Path, "check", "--format", "msbuild");

        string[] files = [.. first.StdoutLines.Select(line => line[..line.IndexOf('(')]).Distinct()];
        files.ShouldBe(["B.claim", "a-b.claim", "a.claim", "a/z.claim", "b.claim"]);
        first.StdoutLines.Where(line => line.StartsWith("a.claim(", StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(':')]).ShouldBe(["a.claim(1,25)", "a.claim(2,1)"], ignoreOrder: false, customMessage: first.Stdout);
        second.Stdout.ShouldBe(first.Stdout);
    }

    [Fact]
    public void Json_output_parses_and_counts_the_files()
    {
        _folder.Write("ok.claim", OnlyComments);
        _folder.Write("bad.claim", LoneQuote);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "json");

        result.ExitCode.ShouldBe(1);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement diagnostic = document.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("code").GetString().ShouldBe("CL0002");
        diagnostic.GetProperty("file").GetString().ShouldBe("bad.claim");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(1);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(1);
        document.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(2);
        document.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Sarif_output_of_a_real_check_is_valid_against_the_official_schema()
    {
        _folder.Write("aid/iran.claim", MissingEntity);
        _folder.Write("quote.claim", LoneQuote);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "sarif");

        result.ExitCode.ShouldBe(1);
        var errors = await SarifSchema.ValidateAsync(result.Stdout);
        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Github_output_annotates_each_error()
    {
        _folder.Write("quote.claim", LoneQuote);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "github");

        result.ExitCode.ShouldBe(1);
        result.StdoutLines.ShouldContain(line => line.StartsWith("::error file=quote.claim,line=1,", StringComparison.Ordinal) && line.Contains(",title=CL0002::"));
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        _folder.Write("quote.claim", LoneQuote);

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "sarif", "-o", "report.sarif");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBeEmpty();
        File.ReadAllText(_folder.Combine("report.sarif")).ShouldContain("\"ruleId\": \"CL0002\"");
    }

    [Fact]
    public void An_unwritable_output_file_exits_with_2()
    {
        _folder.Write("ok.claim", OnlyComments);

        CliResult result = Claimc.Run(_folder.Path, "check", "-o", "no/such/folder/out.txt");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldStartWith("claimc: error: cannot write 'no/such/folder/out.txt': ");
    }

    [Fact]
    public void A_missing_path_exits_with_2_and_names_it()
    {
        _folder.Write("ok.claim", OnlyComments);

        CliResult result = Claimc.Run(_folder.Path, "check", "ok.claim", "x");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldBe("claimc: error: path 'x' does not exist\n");
    }

    [UnixFact("creating links needs extra rights on Windows")]
    public void An_unreadable_file_exits_with_2()
    {
        // A link to nothing is found by the walk but cannot be read, even by root (unlike a
        // permission change).
        _folder.Write("ok.claim", OnlyComments);
        File.CreateSymbolicLink(_folder.Combine("dangling.claim"), _folder.Combine("nowhere.claim"));

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("claimc: error: cannot read 'dangling.claim': ");
    }

    [Fact]
    public void Reads_files_as_utf8_with_or_without_a_byte_order_mark()
    {
        File.WriteAllText(_folder.Combine("bom.claim"), "// Über\n" + LoneQuote, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        CliResult result = Claimc.Run(_folder.Path, "check", "-f", "msbuild");

        result.StdoutLines.ShouldContain(line => line.StartsWith("bom.claim(2,1): error CL0002", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void A_file_of_junk_shows_at_most_a_hundred_diagnostics_and_says_how_many_more(string format)
    {
        // 150 lines, each an undeclared name: 150 errors in one file.
        _folder.Write("junk.claim", string.Concat(Enumerable.Range(0, 150).Select(i => $"source S{i} says Iran -> 36e9 USD 2011\n")));

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", format);

        result.ExitCode.ShouldBe(1);
        result.Stdout.Split('\n').Count(line => line.Contains("CL0001", StringComparison.Ordinal) && !line.StartsWith(' ')).ShouldBe(100);
        result.Stderr.ShouldContain("claimc: 50 more diagnostics of 'junk.claim' are not shown (at most 100 a file in this format); the summary counts them all, and --format json lists more");
        if (format == "text") result.Stdout.ShouldContain("150 errors");
    }

    [Fact]
    public void Json_lists_every_diagnostic_of_a_file_up_to_the_limit()
    {
        _folder.Write("junk.claim", string.Concat(Enumerable.Range(0, 150).Select(i => $"source S{i} says Iran -> 36e9 USD 2011\n")));

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "json");

        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(150);
        result.Stderr.ShouldBeEmpty();
    }

    // Past the compiler's limit a file's diagnostics are counted, not listed: 1,000 of one
    // stage whole, the rest by code, and every count and the exit code as if all were listed.
    private const int PastLimit = 1234;

    private string WriteJunkPastTheLimit()
    {
        int characters = DiagnosticLimit.PerFileAndStage + PastLimit;
        _folder.Write("junk.claim", string.Concat(Enumerable.Range(0, characters).Select(i => i % 40 == 39 ? "$\n" : "$ ")));
        return $"{characters} errors";
    }

    [Fact]
    public void Json_lists_the_limit_of_a_file_and_counts_the_rest_by_code()
    {
        WriteJunkPastTheLimit();

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "json");

        result.ExitCode.ShouldBe(1);
        JsonElement root = JsonDocument.Parse(result.Stdout).RootElement;
        root.GetProperty("diagnostics").GetArrayLength().ShouldBe(DiagnosticLimit.PerFileAndStage);
        JsonElement omitted = root.GetProperty("omitted").EnumerateArray().ShouldHaveSingleItem();
        omitted.GetProperty("file").GetString().ShouldBe("junk.claim");
        omitted.GetProperty("code").GetString().ShouldBe("CL0003");
        omitted.GetProperty("severity").GetString().ShouldBe("error");
        omitted.GetProperty("count").GetInt32().ShouldBe(PastLimit);
        root.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(DiagnosticLimit.PerFileAndStage + PastLimit);
    }

    [Fact]
    public void Text_counts_what_is_past_the_limit_in_its_summary_and_in_what_it_does_not_show()
    {
        string errors = WriteJunkPastTheLimit();

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldContain($"{errors} in 1 file");
        result.Stderr.ShouldContain($"claimc: {DiagnosticLimit.PerFileAndStage - 100 + PastLimit} more diagnostics of 'junk.claim' are not shown");
    }

    [Fact]
    public void Sarif_tells_what_is_past_the_limit_as_a_notification_of_the_run()
    {
        WriteJunkPastTheLimit();

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "sarif");

        JsonElement run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(DiagnosticLimit.PerFileAndStage);
        JsonElement notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ShouldHaveSingleItem();
        notification.GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("CL0003");
        notification.GetProperty("level").GetString().ShouldBe("error");
        notification.GetProperty("message").GetProperty("text").GetString().ShouldStartWith($"{PastLimit} more CL0003 diagnostics in this file are not listed");
        notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("junk.claim");
    }

    [Fact]
    public void Warnings_past_the_limit_fail_the_run_under_warnaserror()
    {
        WriteJunkPastTheLimit();
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL0003": "warning" } }""");

        Claimc.Run(_folder.Path, "check").ExitCode.ShouldBe(0);
        CliResult strict = Claimc.Run(_folder.Path, "check", "--warnaserror", "--format", "json");

        strict.ExitCode.ShouldBe(1);
        JsonElement root = JsonDocument.Parse(strict.Stdout).RootElement;
        root.GetProperty("omitted")[0].GetProperty("severity").GetString().ShouldBe("error");
        root.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(DiagnosticLimit.PerFileAndStage + PastLimit);
    }

    [Fact]
    public void An_error_message_quoting_a_path_shows_its_control_characters_escaped()
    {
        CliResult result = Claimc.Run(_folder.Path, "check", "missing\u001b[31m\n::error::forged");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldBe("claimc: error: path 'missing\\u001b[31m\\u000a::error::forged' does not exist\n");
    }
}
