namespace ClaimLang.Cli;

/// <summary>When coloured output is allowed: never into a pipe or a file, where escape codes would corrupt logs and parsers.</summary>
public static class ColorPolicy
{
    /// <summary>
    /// Colour only for a terminal, and only when NO_COLOR is unset or empty: the
    /// https://no-color.org convention is that any non-empty value turns colour off.
    /// </summary>
    public static bool ShouldUseColor(bool outputRedirected, string? noColorVariable) =>
        !outputRedirected && string.IsNullOrEmpty(noColorVariable);
}
