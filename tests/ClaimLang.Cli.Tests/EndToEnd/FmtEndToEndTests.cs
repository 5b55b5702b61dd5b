using ClaimLang.Text;
using System.Text;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// claimc fmt on real files: what it rewrites and how (line ends, byte-order mark, encoding,
/// permissions, links), what <c>--check</c> lists, what it leaves alone, and its exit codes.
/// The layout itself is tested in the core (tests/ClaimLang.Core.Tests/Formatting).
/// </summary>
[UseGermanCulture]
public sealed class FmtEndToEndTests : IDisposable
{
    private const string Messy = "source  A says Iran->Syria aid 1 USD 2018   \n";
    private const string Canonical = "source A says Iran -> Syria aid 1 USD 2018\n";
    private const string Broken = "source   A says\n";

    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Fmt_rewrites_the_files_not_in_canonical_layout_lists_them_and_exits_with_0()
    {
        _folder.Write("aid/messy.claim", Messy);
        string tidy = _folder.Write("aid/tidy.claim", Canonical);
        DateTime tidyWritten = File.GetLastWriteTimeUtc(tidy);

        CliResult result = Claimc.Run(_folder.Path, "fmt");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBe("aid/messy.claim\n");
        result.Stderr.ShouldBe("formatted 1 of 2 files\n");
        ReadText("aid/messy.claim").ShouldBe(Canonical);
        File.GetLastWriteTimeUtc(tidy).ShouldBe(tidyWritten, "a file in canonical layout is not written");
        Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).Count().ShouldBe(2, "no temporary file is left behind");
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_writes_nothing_and_exits_with_1()
    {
        _folder.Write("b.claim", Messy);
        _folder.Write("a/c.claim", Messy.Replace("  A", " A", StringComparison.Ordinal));
        _folder.Write("a/tidy.claim", Canonical);

        CliResult result = Claimc.Run(_folder.Path, "fmt", "--check");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBe("a/c.claim\nb.claim\n");
        result.Stderr.ShouldBe("2 of 3 files would be reformatted\n");
        ReadText("b.claim").ShouldBe(Messy);
        ReadText("a/c.claim").ShouldBe(Messy.Replace("  A", " A", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_lists_a_file_whose_name_starts_with_a_workflow_command_escaped()
    {
        // CI logs run a line starting with "::" as a command to the runner.
        _folder.Write("::add-mask::x.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, "fmt", "--check");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBe("\\u003a:add-mask::x.claim\n");
    }

    [Fact]
    public void Check_exits_with_0_once_the_files_are_formatted()
    {
        _folder.Write("a.claim", Messy);
        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        CliResult result = Claimc.Run(_folder.Path, "fmt", "--check");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldBe("0 of 1 file would be reformatted\n");
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_alone_with_its_errors_and_the_run_exits_with_1()
    {
        _folder.Write("bad.claim", Broken);
        _folder.Write("good.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, "fmt");

        result.ExitCode.ShouldBe(1);
        ReadText("bad.claim").ShouldBe(Broken);
        ReadText("good.claim").ShouldBe(Canonical, "the other files are still formatted");
        result.Stdout.ShouldBe("good.claim\n");
        result.Stderr.ShouldBe(
            "bad.claim(1,16): error CL0001: expected the subject: an entity, or a flow such as 'Iran -> Syria' after 'says'\n" +
            "formatted 1 of 2 files; left unchanged: 1 file with syntax errors\n");
    }

    [Fact]
    public void Check_with_syntax_errors_also_exits_with_1_and_lists_only_the_files_that_would_change()
    {
        _folder.Write("bad.claim", Broken);
        _folder.Write("tidy.claim", Canonical);

        CliResult result = Claimc.Run(_folder.Path, "fmt", "--check");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("bad.claim(1,16): error CL0001: ");
    }

    [Theory]
    [InlineData("--chek")]
    [InlineData("--check", "--bogus")]
    [InlineData("--format", "json")]
    public void An_unknown_option_is_a_usage_error(params string[] options)
    {
        _folder.Write("a.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, ["fmt", .. options]);

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("claimc: error: ");
        result.Stderr.ShouldEndWith("Run 'claimc fmt --help' for usage.\n");
        ReadText("a.claim").ShouldBe(Messy);
    }

    [Fact]
    public void A_missing_path_exits_with_2_and_formats_nothing()
    {
        _folder.Write("a.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, "fmt", "a.claim", "nothere");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldBe("claimc: error: path 'nothere' does not exist\n");
        ReadText("a.claim").ShouldBe(Messy);
    }

    [Fact]
    public void Paths_are_shown_relative_to_the_current_folder_with_slashes()
    {
        _folder.Write("data/aid/iran.claim", Messy);
        _folder.Write("other/syria.claim", Messy);

        Claimc.Run(_folder.Combine("data"), "fmt", "--check").Stdout.ShouldBe("aid/iran.claim\n");
        Claimc.Run(_folder.Combine("data"), "fmt", "--check", "../other").Stdout.ShouldBe("../other/syria.claim\n");
        Claimc.Run(_folder.Path, "fmt", "--check", "data", "other/syria.claim").Stdout.ShouldBe("data/aid/iran.claim\nother/syria.claim\n");
    }

    [Fact]
    public void The_configuration_chooses_the_files_of_a_folder()
    {
        _folder.Write("claimlang.json", "{ \"exclude\": [\"drafts/**\"] }\n");
        _folder.Write("aid.claim", Messy);
        _folder.Write("drafts/wip.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, "fmt");

        result.Stdout.ShouldBe("aid.claim\n");
        ReadText("drafts/wip.claim").ShouldBe(Messy);
    }

    [Fact]
    public void An_invalid_configuration_exits_with_2_and_formats_nothing()
    {
        _folder.Write("claimlang.json", "{ \"exlude\": [] }\n");
        _folder.Write("a.claim", Messy);

        CliResult result = Claimc.Run(_folder.Path, "fmt");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldStartWith("claimlang.json(1,3): error CL9001: unknown key 'exlude'");
        result.Stderr.ShouldEndWith("claimc: error: 'claimlang.json' is invalid, so no file was formatted; fix what it reports and run again\n");
        ReadText("a.claim").ShouldBe(Messy);
    }

    [Fact]
    public void CRLF_line_endings_are_kept()
    {
        WriteBytes("a.claim", Encoding.UTF8.GetBytes(Messy.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        File.ReadAllBytes(_folder.Combine("a.claim")).ShouldBe(Encoding.UTF8.GetBytes(Canonical.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_byte_order_mark_is_kept_and_none_is_added()
    {
        WriteBytes("marked.claim", [.. Utf8WithMark.GetPreamble(), .. Encoding.UTF8.GetBytes(Messy)]);
        _folder.Write("plain.claim", Messy);

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        File.ReadAllBytes(_folder.Combine("marked.claim")).ShouldBe([.. Utf8WithMark.GetPreamble(), .. Encoding.UTF8.GetBytes(Canonical)]);
        File.ReadAllBytes(_folder.Combine("plain.claim")).ShouldBe(Encoding.UTF8.GetBytes(Canonical));
    }

    [Fact]
    public void A_UTF_16_file_stays_UTF_16()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        WriteBytes("wide.claim", [.. utf16.GetPreamble(), .. utf16.GetBytes("// Téhéran → Damas\n" + Messy)]);

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        File.ReadAllBytes(_folder.Combine("wide.claim")).ShouldBe([.. utf16.GetPreamble(), .. utf16.GetBytes("// Téhéran → Damas\n" + Canonical)]);
    }

    [Fact]
    public void A_file_that_is_not_valid_UTF_8_is_not_written_so_its_bytes_survive()
    {
        // An invalid byte inside a comment is no syntax error; the text holds U+FFFD in its place.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("// caf"), 0xE9, .. Encoding.UTF8.GetBytes("\n" + Messy)];
        WriteBytes("latin1.claim", bytes);

        CliResult result = Claimc.Run(_folder.Path, "fmt");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("claimc: error: cannot write 'latin1.claim': it is not valid utf-8");
        result.Stderr.ShouldEndWith("formatted 0 of 1 file; left unchanged: 1 file that could not be read or written\n");
        File.ReadAllBytes(_folder.Combine("latin1.claim")).ShouldBe(bytes);
    }

    [UnixFact("creating links needs rights a test run may not have on Windows")]
    public void A_link_is_followed_and_stays_a_link()
    {
        string target = _folder.Write("real/a.claim", Messy);
        string link = _folder.Combine("linked.claim");
        File.CreateSymbolicLink(link, target);

        Claimc.Run(_folder.Path, "fmt", "linked.claim").ExitCode.ShouldBe(0);

        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldBe(Canonical);
    }

    [UnixFact("Unix file modes")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_rewritten_file_keeps_its_permissions()
    {
        string path = _folder.Write("a.claim", Messy);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        File.GetUnixFileMode(path).ShouldBe(mode);
        File.ReadAllText(path).ShouldBe(Canonical);
    }

    [SkippableFact]
    public void A_rewritten_file_keeps_its_owner_and_group()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "owners are read with statx, on Linux");
        string path = _folder.Write("a.claim", Messy);
        CliResult chown = ExternalTool.Run("chown", "chown comes with coreutils", TimeSpan.FromMinutes(1), "12345:23456", path);
        Skip.If(chown.ExitCode != 0, "giving a file to another user needs root: " + chown.Stderr);

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        UnixFileStatus status = UnixFileStatus.Of(path).ShouldNotBeNull();
        (status.Owner, status.Group).ShouldBe((12345u, 23456u));
        File.ReadAllText(path).ShouldBe(Canonical);
    }

    [UnixFact("hard links need extra rights on Windows")]
    public void A_file_with_two_names_is_rewritten_where_it_is_so_both_names_see_it()
    {
        string path = _folder.Write("a.claim", Messy);
        string other = _folder.Combine("elsewhere/a-too.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(other)!);
        ExternalTool.Run("ln", "ln comes with coreutils", TimeSpan.FromMinutes(1), path, other).ExitCode.ShouldBe(0);

        Claimc.Run(_folder.Path, "fmt").ExitCode.ShouldBe(0);

        File.ReadAllText(path).ShouldBe(Canonical);
        File.ReadAllText(other).ShouldBe(Canonical);
    }

    [Fact]
    public void The_help_lists_fmt_and_fmt_help_describes_its_option()
    {
        Claimc.Run(_folder.Path, "--help").Stdout.ShouldContain("fmt");

        CliResult result = Claimc.Run(_folder.Path, "fmt", "--help");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("claimc fmt [<PATH>...] [options]");
        result.Stdout.ShouldContain("--check");
        result.Stdout.ShouldContain("A file named here is always formatted.");
        result.Stdout.ShouldContain("Exit code 0");
    }

    private string ReadText(string relativePath) => File.ReadAllText(_folder.Combine(relativePath));

    private void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(_folder.Combine(relativePath), bytes);
}
