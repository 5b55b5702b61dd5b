namespace ClaimLang.Cli;

/// <summary>
/// What a run of claimc may touch: where its output and messages go, the folder relative paths
/// are resolved against and shown relative to, and whether the output may carry ANSI colours.
/// Passing this in (rather than reading Console and the process' current directory) lets tests
/// run many invocations in parallel in one process.
/// </summary>
/// <param name="Out">Standard output: reports, help, version.</param>
/// <param name="Error">Standard error: usage and I/O errors.</param>
/// <param name="CurrentDirectory">An absolute folder; the process' own current directory is never read or changed.</param>
/// <param name="UseColor">True only when <paramref name="Out"/> is a terminal and the user did not opt out (see <see cref="ColorPolicy"/>).</param>
/// <param name="ShowProgress">True only when <paramref name="Error"/> is a terminal outside CI (see <see cref="ProgressPolicy"/>): long checks then show a status line there.</param>
public sealed record ClaimcEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, bool UseColor = false, bool ShowProgress = false)
{
    /// <summary>How long a check runs before its status line appears; tests set zero.</summary>
    internal TimeSpan ProgressDelay { get; init; } = Checking.CheckProgress.DefaultDelay;

    /// <summary>
    /// The raw standard input and output, for <c>claimc lsp</c>, which speaks a binary-framed
    /// protocol on them rather than writing text. Opened only when asked for; tests give streams of their own.
    /// </summary>
    public Func<(Stream Input, Stream Output)> OpenStandardStreams { get; init; } =
        () => throw new InvalidOperationException("This environment has no standard streams.");
}
