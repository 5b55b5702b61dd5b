using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>The diff for people at a terminal: a line per claim or diagnostic, marked +, - or ~.</summary>
internal static class TextDiffWriter
{
    public static void Write(DatasetDifference difference, string oldName, string newName, TextWriter output)
    {
        if (difference.IsEmpty)
        {
            output.WriteLine($"no changes between {oldName} and {newName}");
            return;
        }
        output.WriteLine($"claims: {DiffWording.ClaimSummary(difference)}");
        foreach (ClaimRecord claim in difference.Added) output.WriteLine($"  + {claim.Id}  {DiffWording.Describe(claim)}");
        foreach (ClaimRecord claim in difference.Removed) output.WriteLine($"  - {claim.Id}  {DiffWording.Describe(claim)}");
        foreach (ClaimChange change in difference.Changed) output.WriteLine($"  ~ {change.New.Id}  {DiffWording.Changes(change, v => v)}");
        output.WriteLine($"diagnostics: {DiffWording.DiagnosticSummary(difference)}");
        foreach (DiagnosticRecord diagnostic in difference.Introduced) output.WriteLine($"  + {Line(diagnostic)}");
        foreach (DiagnosticRecord diagnostic in difference.Fixed) output.WriteLine($"  - {Line(diagnostic)}");
    }

    private static string Line(DiagnosticRecord d) =>
        $"{DiffWording.Where(d)}: {d.Severity} {d.Code}: {d.Message}{(d.Suppressed ? " (suppressed)" : "")}";
}
