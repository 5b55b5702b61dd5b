namespace ClaimLang.Cli.Output;

/// <summary>Picks the formatter for an output format.</summary>
internal static class DiagnosticFormatters
{
    /// <param name="format">The requested format.</param>
    /// <param name="useColor">Only the text format colours; the others are read by programs.</param>
    public static IDiagnosticFormatter Create(OutputFormat format, bool useColor) => format switch
    {
        OutputFormat.Text => new TextFormatter(useColor ? TextStyle.Ansi : TextStyle.Plain),
        OutputFormat.MsBuild => new MsBuildFormatter(),
        OutputFormat.Json => new JsonFormatter(),
        OutputFormat.Sarif => new SarifFormatter(),
        OutputFormat.GitHub => new GitHubFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an output format"),
    };
}
