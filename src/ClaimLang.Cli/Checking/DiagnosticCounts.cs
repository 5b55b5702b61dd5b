using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// How many diagnostics of each severity a run found. Suppressed diagnostics are counted apart:
/// an analyst acknowledged them, so they never fail a run.
/// </summary>
internal readonly record struct DiagnosticCounts(int Errors, int Warnings, int Infos, int Suppressed)
{
    public static DiagnosticCounts Of(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0, suppressed = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                suppressed++;
                continue;
            }
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }
        return new DiagnosticCounts(errors, warnings, infos, suppressed);
    }
}
