namespace ClaimLang.Cli.Output;

/// <summary>
/// Escaping for GitHub Actions workflow commands, as @actions/core does it: the message may not
/// contain raw line breaks or '%'; a property value additionally may not contain ':' or ','
/// (they end the value). Other control and bidi characters are escaped as in the text format
/// (<see cref="TerminalText"/>), so an annotation shows what the claim file holds.
/// </summary>
internal static class GitHubEscaping
{
    public static string EscapeData(string value) =>
        TerminalText.Escape(value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
