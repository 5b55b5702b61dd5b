using ClaimLang.Text;

namespace ClaimLang.Diagnostics;

/// <summary>
/// How many diagnostics of one code a file has beyond those listed (<see cref="DiagnosticLimit"/>),
/// with the severity in force and whether a comment suppresses them.
/// </summary>
public sealed record OmittedDiagnosticCount(SourceDocument Document, string Code, DiagnosticSeverity Severity, bool IsSuppressed, int Count)
{
    /// <summary>The file's path in the project.</summary>
    public string FilePath => Document.Path;
}
