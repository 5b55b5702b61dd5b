using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.LanguageServer.Tests.TestSupport;

/// <summary>
/// tests/lsp-client: the node tests that drive <c>claimc lsp</c> through a real LSP client. Each
/// test file runs as <c>node --test FILE</c> in that folder, with <c>CLAIMC_COMMAND</c> naming the
/// claimc built next to this assembly, and under de-DE (LC_ALL), like every other test: the server
/// and the claimc it is compared with must not depend on the culture.
/// </summary>
public static partial class LspClientSuite
{
    private const string InstallNode = "The language server tests drive claimc lsp from Node.js: install Node.js 20 or later with npm (https://nodejs.org) so that 'node' is on the PATH.";

    // Only a hung run reaches it: the slowest file (the replay of 5,000 edits) takes seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "lsp-client");

    /// <summary>The test files, by name (<c>lifecycle.test.mjs</c>, ...), in order.</summary>
    public static IEnumerable<string> TestFiles =>
        Directory.EnumerateFiles(Path.Combine(Folder, "test"), "*.test.mjs").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The command the node client starts claimc with: the dotnet host and the claimc.dll beside this assembly.</summary>
    public static string[] ClaimcCommand
    {
        get
        {
            string claimc = Path.Combine(AppContext.BaseDirectory, "claimc.dll");
            if (!File.Exists(claimc)) throw new InvalidOperationException($"claimc.dll is not beside the tests ({claimc}); the test project references ClaimLang.Cli to build it there.");
            // dotnet test names the host it runs under; the one on the PATH is the fallback.
            string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
            return [host, claimc];
        }
    }

    /// <summary>Runs <c>node --test test/<paramref name="testFile"/></c> and returns its report.</summary>
    public static NodeTestRun Run(string testFile)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "vscode-languageserver-protocol", "package.json")))
        {
            throw new InvalidOperationException(
                $"The LSP test client is not installed in {Folder}. Building the test project installs it (npm ci); build again, or run 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--test", "--test-reporter=spec", Path.Combine("test", testFile) }) start.ArgumentList.Add(argument);
        start.Environment["CLAIMC_COMMAND"] = JsonSerializer.Serialize(ClaimcCommand);
        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        // The spec reporter colours its output at a terminal only; this keeps escapes out of failure messages for good.
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("FORCE_COLOR");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("'node' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'node' could not be run ({e.Message}). {InstallNode}", e);
        }

        using (process)
        {
            // Both streams are read while node runs, so that neither can fill up and block it.
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node --test {testFile} was still running after {Limit}; it was stopped.\n{stdout.Result}{stderr.Result}");
            }
            string output = stdout.Result + stderr.Result;
            return new NodeTestRun(process.ExitCode, output, Count(output, "tests"), Count(output, "pass"), Count(output, "fail"));
        }
    }

    // The spec reporter ends with lines such as "ℹ tests 12" and "ℹ pass 12".
    private static int Count(string output, string what)
    {
        Match match = SummaryLine().Match(output.Replace("\r\n", "\n", StringComparison.Ordinal), 0);
        while (match.Success)
        {
            if (match.Groups["what"].Value == what) return int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            match = match.NextMatch();
        }
        return -1;
    }

    [GeneratedRegex(@"^ℹ (?<what>tests|pass|fail) (?<count>\d+)$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
