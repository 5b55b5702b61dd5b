using ClaimLang.Cli.Output;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>
/// The diff for people at a terminal: a line per claim or diagnostic, marked +, - or ~. Every line
/// starts with our own words or marks; what comes from the claims is escaped (<see cref="TerminalText"/>).
/// </summary>
internal static class TextDiffWriter
{
    public static void Write(DatasetDifference difference, string oldName, string newName, TextWriter output)
    {
        if (difference.IsEmpty)
        {
            output.WriteLine(TerminalText.Escape($"no changes between {oldName} and {newName}"));
            return;
        }
        output.WriteLine($"claims: {DiffWording.ClaimSummary(difference)}");
        foreach (ClaimRecord claim in difference.Added) output.WriteLine(TerminalText.Escape($"  + {claim.Id}  {DiffWording.Describe(claim)}"));
        foreach (ClaimRecord claim in difference.Removed) output.WriteLine(TerminalText.Escape($"  - {claim.Id}  {DiffWording.Describe(claim)}"));
        foreach (ClaimChange change in difference.Changed) output.WriteLine(TerminalText.Escape($"  ~ {change.New.Id}  {DiffWording.Changes(change, v => v)}"));
        output.WriteLine($"diagnostics: {DiffWording.DiagnosticSummary(difference)}");
        foreach (DiagnosticRecord diagnostic in difference.Introduced) output.WriteLine($"  + {Line(diagnostic)}");
        foreach (DiagnosticRecord diagnostic in difference.Fixed) output.WriteLine($"  - {Line(diagnostic)}");
    }

    private static string Line(DiagnosticRecord d) => TerminalText.Escape(
        $"{DiffWording.Where(d)}: {d.Severity} {d.Code}: {d.Message}{(d.Suppressed ? " (suppressed)" : "")}");
}
