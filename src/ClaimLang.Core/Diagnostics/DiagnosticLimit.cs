namespace ClaimLang.Diagnostics;

/// <summary>
/// How many diagnostics of one file each stage keeps whole. A file of junk would otherwise make
/// one diagnostic object, message and location for every other byte, and a check of a few
/// megabytes would take gigabytes. Past the limit a stage keeps only the code and place of each
/// further diagnostic (<see cref="OmittedDiagnostic"/>), so the counts stay exact, suppression
/// comments and configured severities included (<see cref="OmittedDiagnosticCount"/>).
/// </summary>
public static class DiagnosticLimit
{
    /// <summary>The diagnostics of one file kept whole by one stage: reading the file, or checking its names and amounts.</summary>
    public const int PerFileAndStage = 1000;
}
