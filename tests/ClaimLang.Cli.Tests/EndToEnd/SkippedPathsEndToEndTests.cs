using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// Only regular files under the project root are read (docs/reliability.md): a link out of
/// the root, a FIFO and a file over the size limit are skipped with CL9002, which names the
/// path and never shows its content; the rest of the project is still checked.
/// </summary>
[UseGermanCulture]
public sealed class SkippedPathsEndToEndTests : IDisposable
{
    private const string Declarations = "source BBC\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n";
    private const string Secret = "SECRET_TOKEN=do-not-print-me\n";

    private readonly TempFolder _folder = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    private CliResult Check(params string[] extra) => Claimc.Run(_folder.Path, ["check", "proj", "--format", "json", .. extra]);

    private static string[] Skipped(CliResult result) =>
        [.. JsonDocument.Parse(result.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == "CL9002")
            .Select(d => $"{d.GetProperty("file").GetString()}: {d.GetProperty("message").GetString()}")];

    [UnixFact("creating links needs extra rights on Windows")]
    public void A_link_whose_target_lies_outside_the_project_is_skipped_without_its_content()
    {
        _folder.Write("proj/decls.claim", Declarations);
        string secret = _outside.Write("environ", Secret);
        File.CreateSymbolicLink(_folder.Combine("proj/env.claim"), secret);

        CliResult result = Check();

        result.ExitCode.ShouldBe(0, result.Stderr);
        Skipped(result).ShouldBe(["proj/env.claim: 'env.claim' was not read: it is a link whose target lies outside the project root"]);
        result.Stdout.ShouldNotContain("SECRET_TOKEN");
        Claimc.Run(_folder.Path, "check", "proj").Stdout.ShouldNotContain("SECRET_TOKEN");
    }

    [UnixFact("creating links needs extra rights on Windows")]
    public void A_claimlang_json_that_links_out_of_its_folder_is_not_read()
    {
        _folder.Write("proj/decls.claim", Declarations);
        File.CreateSymbolicLink(_folder.Combine("proj/claimlang.json"), _outside.Write("environ", Secret));

        CliResult result = Claimc.Run(_folder.Path, "check", "proj");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("'proj/claimlang.json' was not read: it is a link whose target lies outside the project root");
        (result.Stdout + result.Stderr).ShouldNotContain("SECRET_TOKEN");
    }

    [UnixFact("creating links needs extra rights on Windows")]
    public void A_link_to_a_file_inside_the_project_is_read()
    {
        _folder.Write("proj/decls.claim", Declarations);
        _folder.Write("proj/shared/claims.txt", "source BBC says Iran -> Syria aid 1e9 USD 2018\n");
        File.CreateSymbolicLink(_folder.Combine("proj/claims.claim"), _folder.Combine("proj/shared/claims.txt"));

        CliResult result = Check();

        result.ExitCode.ShouldBe(0, result.Stderr);
        Skipped(result).ShouldBeEmpty();
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(2);
    }

    [UnixFact("FIFOs are made with mkfifo")]
    public void A_fifo_is_skipped_instead_of_waited_on()
    {
        _folder.Write("proj/decls.claim", Declarations);
        ExternalTool.Run("mkfifo", "mkfifo comes with coreutils", TimeSpan.FromMinutes(1), _folder.Combine("proj/pipe.claim")).ExitCode.ShouldBe(0);

        CliResult result = Check();

        result.ExitCode.ShouldBe(0, result.Stderr);
        Skipped(result).ShouldBe(["proj/pipe.claim: 'pipe.claim' was not read: it is a FIFO, not a regular file"]);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped()
    {
        _folder.Write("proj/decls.claim", Declarations);
        using (var huge = new FileStream(_folder.Combine("proj/huge.claim"), FileMode.CreateNew))
        {
            huge.SetLength(33L * 1024 * 1024); // sparse: no disk is used for the zeros
        }

        CliResult result = Check();

        result.ExitCode.ShouldBe(0, result.Stderr);
        Skipped(result).ShouldBe(["proj/huge.claim: 'huge.claim' was not read: it is larger than the 32 MiB a claim file may be"]);
    }

    [Fact]
    public void Paths_that_select_only_skipped_files_exit_with_2_saying_why()
    {
        Directory.CreateDirectory(_folder.Combine("proj"));
        using (var huge = new FileStream(_folder.Combine("proj/huge.claim"), FileMode.CreateNew))
        {
            huge.SetLength(33L * 1024 * 1024);
        }

        CliResult result = Check();

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("every .claim file under the given paths was skipped: 'huge.claim' was not read");
    }
}
