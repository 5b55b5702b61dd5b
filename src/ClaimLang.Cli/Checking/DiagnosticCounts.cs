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

    /// <summary>These counts and the diagnostics a file had past the limit of those listed.</summary>
    public DiagnosticCounts Plus(IEnumerable<OmittedDiagnosticCount> omitted)
    {
        var (errors, warnings, infos, suppressed) = this;
        foreach (OmittedDiagnosticCount count in omitted)
        {
            if (count.IsSuppressed) suppressed += count.Count;
            else if (count.Severity == DiagnosticSeverity.Error) errors += count.Count;
            else if (count.Severity == DiagnosticSeverity.Warning) warnings += count.Count;
            else infos += count.Count;
        }
        return new DiagnosticCounts(errors, warnings, infos, suppressed);
    }
}
