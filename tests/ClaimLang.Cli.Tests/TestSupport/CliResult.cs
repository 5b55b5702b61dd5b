namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>What one in-process run of claimc produced; line ends normalised to '\n'.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
