using System.Globalization;

namespace ClaimLang.Cli.Formatting;

/// <summary>
/// The last line <c>claimc fmt</c> writes to standard error: <c>formatted 3 of 12 files</c>, or
/// under <c>--check</c> <c>3 of 12 files would be reformatted</c>, with the files left alone.
/// </summary>
internal static class FmtSummary
{
    public static string Format(IReadOnlyCollection<FileOutcome> outcomes, bool check)
    {
        int changed = outcomes.Count(o => o.Kind == FileOutcomeKind.Changed);
        string files = Files(outcomes.Count);
        string summary = check
            ? $"{changed.ToString(CultureInfo.InvariantCulture)} of {files} would be reformatted"
            : $"formatted {changed.ToString(CultureInfo.InvariantCulture)} of {files}";

        var leftAlone = new List<string>(2);
        int broken = outcomes.Count(o => o.Kind == FileOutcomeKind.SyntaxErrors);
        if (broken > 0) leftAlone.Add($"{Files(broken)} with syntax errors");
        int failed = outcomes.Count(o => o.Kind == FileOutcomeKind.Failed);
        if (failed > 0) leftAlone.Add($"{Files(failed)} that could not be read or written");
        return leftAlone.Count == 0 ? summary : $"{summary}; left unchanged: {string.Join(", ", leftAlone)}";
    }

    // Counts are written invariantly: a run under any culture prints the same digits.
    private static string Files(int count) => Output.SummaryText.Count(count, "file", "files");
}
