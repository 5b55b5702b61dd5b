namespace ClaimLang.Cli;

/// <summary>When a long check may show a status line: never into a pipe or a file, and never in CI, whose logs keep every redraw.</summary>
public static class ProgressPolicy
{
    /// <summary>Only for a terminal on standard error, and only when the CI variable is unset or empty (CI services set it).</summary>
    public static bool ShouldShowProgress(bool errorRedirected, string? ciVariable) =>
        !errorRedirected && string.IsNullOrEmpty(ciVariable);
}
