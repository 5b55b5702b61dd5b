using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Editors;

/// <summary>
/// README's Neovim snippet, run as it stands in a real Neovim: the README promises 0.7 or later,
/// and CI installs the distribution's Neovim (0.7 on Debian 12). The snippet is the whole init file, with no
/// plugins and no user configuration, and `claimc` on PATH is the claimc this build made. The
/// test passes when the language server's diagnostics reach the buffer of a .claim file.
/// Without nvim on the machine the test is reported as skipped; .ci/run installs it.
/// </summary>
[UseGermanCulture]
public sealed partial class NeovimSnippetTests : IDisposable
{
    private const string Declarations = "source BBC_Persian \"BBC Persian\"\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n";

    // Lua run after the file is opened: waits (a bounded poll, generous for a slow machine) until
    // the buffer has diagnostics, writes them and the buffer's filetype to OUT, and quits. Without
    // the filetype no server attaches, so there is nothing to wait for.
    private const string Probe = """
        local buffer = vim.api.nvim_get_current_buf()
        if vim.bo[buffer].filetype == 'claimlang' then
          vim.wait(120000, function() return #vim.diagnostic.get(buffer) > 0 end, 100)
        end
        local lines = { 'filetype ' .. vim.bo[buffer].filetype }
        for _, d in ipairs(vim.diagnostic.get(buffer)) do
          table.insert(lines, string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message))
        end
        vim.fn.writefile(lines, OUT)
        vim.cmd('qall!')
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void The_readme_snippet_attaches_claimc_lsp_and_shows_its_diagnostics()
    {
        string? nvim = FindOnPath("nvim");
        Skip.If(nvim is null, "nvim is not installed (apt-get install neovim); .ci/run installs it.");
        Skip.If(OperatingSystem.IsWindows(), "The stand-in claimc on PATH is a shell script.");

        _folder.Write("init.lua", ReadmeLuaBlock());
        _folder.Write("probe.lua", $"local OUT = [==[{_folder.Combine("diagnostics.txt")}]==]\n{Probe}");
        WriteClaimcOnPath();
        _folder.Write("project/decls.claim", Declarations);
        _folder.Write("project/claims.claim", "source BBC_Persian says Iran -> Syira aid 36e9 USD 2011..2016\n");

        ProcessStartInfo start = ExternalTool.StartInfo(nvim!, "--headless", "--noplugin", "-n", "-u", _folder.Combine("init.lua"),
            "-c", "luafile " + _folder.Combine("probe.lua"), "claims.claim");
        start.WorkingDirectory = _folder.Combine("project");
        start.Environment["PATH"] = _folder.Combine("bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        foreach (string xdg in new[] { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" })
            start.Environment[xdg] = _folder.Combine("xdg/" + xdg);
        CliResult nvimRun = ExternalTool.Run(start, "Install Neovim 0.7 or later.", TimeSpan.FromMinutes(5));

        string outFile = _folder.Combine("diagnostics.txt");
        File.Exists(outFile).ShouldBeTrue($"nvim wrote nothing; exit {nvimRun.ExitCode}, stderr: {nvimRun.Stderr}");
        File.ReadAllLines(outFile).ShouldBe([
            "filetype claimlang",
            "1:33 CL1001 'Syira' is not declared; did you mean 'Syria'?",
        ]);
    }

    /// <summary>The one ```lua block of README.md, exactly as a user copies it.</summary>
    private static string ReadmeLuaBlock()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        MatchCollection blocks = LuaBlock().Matches(readme);
        blocks.Count.ShouldBe(1, "README.md should hold one Lua block, the Neovim snippet");
        return blocks[0].Groups["code"].Value;
    }

    /// <summary>A `claimc` on PATH that runs the claimc.dll built beside the tests, as the installed tool would run.</summary>
    private void WriteClaimcOnPath()
    {
        string script = _folder.Write("bin/claimc", $"#!/bin/sh\nexec '{ClaimcProcess.Dotnet}' '{ClaimcProcess.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) // where the test is skipped
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^```lua\n(?<code>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex LuaBlock();
}
