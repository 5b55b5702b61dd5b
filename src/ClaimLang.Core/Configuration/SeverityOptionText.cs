using ClaimLang.Diagnostics;

namespace ClaimLang.Configuration;

/// <summary>The spellings of <see cref="SeverityOption"/> in <c>claimlang.json</c>: exactly <c>error</c>, <c>warning</c>, <c>info</c>, <c>none</c>.</summary>
internal static class SeverityOptionText
{
    /// <summary>Every accepted spelling, in the order messages and the schema list them.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "none"];

    public static string ToText(this SeverityOption option) => option switch
    {
        SeverityOption.Error => "error",
        SeverityOption.Warning => "warning",
        SeverityOption.Info => "info",
        SeverityOption.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(option)),
    };

    /// <summary>Parses a spelling; case matters, as in every other spelling the spec fixes.</summary>
    public static bool TryParse(string text, out SeverityOption option)
    {
        switch (text)
        {
            case "error": option = SeverityOption.Error; return true;
            case "warning": option = SeverityOption.Warning; return true;
            case "info": option = SeverityOption.Info; return true;
            case "none": option = SeverityOption.None; return true;
            default: option = default; return false;
        }
    }

    /// <summary>The severity a diagnostic gets, or null for <see cref="SeverityOption.None"/> (the diagnostic is dropped).</summary>
    public static DiagnosticSeverity? ToSeverity(this SeverityOption option) => option switch
    {
        SeverityOption.Error => DiagnosticSeverity.Error,
        SeverityOption.Warning => DiagnosticSeverity.Warning,
        SeverityOption.Info => DiagnosticSeverity.Info,
        SeverityOption.None => null,
        _ => throw new ArgumentOutOfRangeException(nameof(option)),
    };
}
