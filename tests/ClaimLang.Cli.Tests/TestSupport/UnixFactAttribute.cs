namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// A test that needs what only Unix gives a test run (symbolic links without extra rights, file
/// modes): elsewhere it is reported as skipped, with the reason, never as passed.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute(string reason)
    {
        if (OperatingSystem.IsWindows()) Skip = $"Unix only: {reason}";
    }
}
