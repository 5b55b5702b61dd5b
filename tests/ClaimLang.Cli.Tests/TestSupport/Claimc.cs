namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>Runs claimc in-process through its public entry point, as a user would run it in <c>currentDirectory</c>.</summary>
public static class Claimc
{
    public static CliResult Run(string currentDirectory, params string[] args) =>
        Run(currentDirectory, useColor: false, args);

    public static CliResult Run(string currentDirectory, bool useColor, params string[] args) =>
        Run(args, (stdout, stderr) => new ClaimcEnvironment(stdout, stderr, currentDirectory, useColor));

    /// <summary>As at a terminal that shows progress, with no delay before the status line appears.</summary>
    public static CliResult RunWithProgress(string currentDirectory, params string[] args) =>
        Run(args, (stdout, stderr) =>
            new ClaimcEnvironment(stdout, stderr, currentDirectory, UseColor: false, ShowProgress: true) { ProgressDelay = TimeSpan.Zero });

    private static CliResult Run(string[] args, Func<StringWriter, StringWriter, ClaimcEnvironment> environment)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = ClaimcApp.Run(args, environment(stdout, stderr));
        return new CliResult(exitCode, Normalize(stdout.ToString()), Normalize(stderr.ToString()));
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
