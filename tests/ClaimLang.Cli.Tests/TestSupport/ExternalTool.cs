using System.ComponentModel;
using System.Diagnostics;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// Runs a program the tests need besides .NET (node, nvim) and waits for it, up to a limit
/// that only a hung program reaches. A program that is not installed fails the test with what to
/// install: a test that needs one is never skipped silently.
/// </summary>
public static class ExternalTool
{
    public static CliResult Run(string program, string whatToInstall, TimeSpan limit, params string[] arguments) =>
        Run(StartInfo(program, arguments), whatToInstall, limit);

    /// <summary>How <see cref="Run(ProcessStartInfo, string, TimeSpan)"/> starts a program; a test may then set its environment or folder.</summary>
    public static ProcessStartInfo StartInfo(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    public static CliResult Run(ProcessStartInfo start, string whatToInstall, TimeSpan limit)
    {
        string program = start.FileName;
        IEnumerable<string> arguments = start.ArgumentList;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"'{program}' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' could not be run ({e.Message}). {whatToInstall}", e);
        }

        using (process)
        {
            // Both streams are read while the program runs, so that neither can fill up and block it.
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' was still running after {limit}; it was stopped.");
            }
            return new CliResult(process.ExitCode, Claimc.Normalize(stdout.Result), Claimc.Normalize(stderr.Result));
        }
    }
}
