using ClaimLang.Cli.Output;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>
/// The diff as GitHub-flavoured Markdown, to post as a pull-request comment: a table of claims and
/// one of diagnostics. Everything that comes from the claim files or the command line goes through
/// <see cref="MarkdownText"/>, so a claim file cannot write into the comment.
/// </summary>
internal static class MarkdownDiffWriter
{
    public static void Write(DatasetDifference difference, string oldName, string newName, TextWriter output)
    {
        output.WriteLine($"## Claims: {MarkdownText.Text(oldName)} → {MarkdownText.Text(newName)}");
        output.WriteLine();
        if (difference.IsEmpty)
        {
            output.WriteLine("No claim and no diagnostic changed.");
            return;
        }
        output.WriteLine($"**Claims:** {DiffWording.ClaimSummary(difference)}. **Diagnostics:** {DiffWording.DiagnosticSummary(difference)}.");
        if (!difference.Added.IsEmpty || !difference.Removed.IsEmpty || !difference.Changed.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("| | claim | what |");
            output.WriteLine("|---|---|---|");
            foreach (ClaimRecord claim in difference.Added) output.WriteLine($"| added | {MarkdownText.Code(claim.Id)} | {MarkdownText.Text(DiffWording.Describe(claim))} |");
            foreach (ClaimRecord claim in difference.Removed) output.WriteLine($"| removed | {MarkdownText.Code(claim.Id)} | {MarkdownText.Text(DiffWording.Describe(claim))} |");
            foreach (ClaimChange change in difference.Changed)
                output.WriteLine($"| changed | {MarkdownText.Code(change.New.Id)} | {DiffWording.Changes(change, MarkdownText.Code)} |");
        }
        if (!difference.Introduced.IsEmpty || !difference.Fixed.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("| | diagnostic | where | message |");
            output.WriteLine("|---|---|---|---|");
            foreach (DiagnosticRecord d in difference.Introduced) output.WriteLine(Row("introduced", d));
            foreach (DiagnosticRecord d in difference.Fixed) output.WriteLine(Row("fixed", d));
        }
    }

    private static string Row(string what, DiagnosticRecord d) =>
        $"| {what} | {d.Severity} {d.Code}{(d.Suppressed ? " (suppressed)" : "")} | {MarkdownText.Code(DiffWording.Where(d))} | {MarkdownText.Text(d.Message)} |";
}
