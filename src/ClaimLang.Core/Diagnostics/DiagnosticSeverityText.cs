namespace ClaimLang.Diagnostics;

/// <summary>The spellings of severities in output and configuration (docs/language.md, "Diagnostics").</summary>
public static class DiagnosticSeverityText
{
    public static string ToText(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    internal static bool TryParse(string text, out DiagnosticSeverity severity)
    {
        switch (text)
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "info": severity = DiagnosticSeverity.Info; return true;
            default: severity = default; return false;
        }
    }
}
