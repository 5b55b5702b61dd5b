using ClaimLang.Cli.Checking;

namespace ClaimLang.Cli.Output;

/// <summary>The last line of the text format: <c>2 errors, 1 warning in 3 files</c> or <c>no problems in 3 files</c>.</summary>
internal static class SummaryText
{
    public static string Format(DiagnosticCounts counts, int fileCount)
    {
        var parts = new List<string>(3);
        if (counts.Errors > 0) parts.Add(Count(counts.Errors, "error", "errors"));
        if (counts.Warnings > 0) parts.Add(Count(counts.Warnings, "warning", "warnings"));
        if (counts.Infos > 0) parts.Add(Count(counts.Infos, "info", "infos"));

        string problems = parts.Count == 0 ? "no problems" : string.Join(", ", parts);
        string summary = $"{problems} in {Count(fileCount, "file", "files")}";
        // Suppressed findings are not shown; saying how many keeps them from being forgotten.
        return counts.Suppressed > 0 ? $"{summary} ({counts.Suppressed} suppressed)" : summary;
    }

    // Counts are formatted invariantly: a run under any culture prints the same digits.
    /// <summary>"1 file", "2 files": a count with its noun, the number culture-invariant.</summary>
    internal static string Count(int count, string singular, string plural) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
