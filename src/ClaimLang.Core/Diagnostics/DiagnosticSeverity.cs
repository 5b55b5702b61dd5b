namespace ClaimLang.Diagnostics;

/// <summary>How serious a diagnostic is. The order matters: a higher value is more serious.</summary>
public enum DiagnosticSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
