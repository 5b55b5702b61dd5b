using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Formatting;

/// <summary>
/// Puts a .claim file into the canonical layout of docs/formatting.md (what <c>claimc fmt</c>
/// and an editor's "format document" do). Only whitespace changes: spaces within a line, the
/// indentation, the spaces at the end of lines and the style of line breaks. No line break is
/// added or removed, so every token stays on its line, and an unlabelled claim keeps its id
/// (<c>FILE:LINE</c>); comments stay where they are, as written.
/// </summary>
public static class ClaimFormatter
{
    /// <summary>
    /// Formats <paramref name="tree"/>'s text. A file with syntax errors is not formatted: the
    /// result then holds the text unchanged and the errors (<see cref="FormattingResult.SyntaxErrors"/>).
    /// Formatting a formatted text again changes nothing.
    /// </summary>
    public static FormattingResult Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        string text = tree.Text.Text;
        ImmutableArray<Diagnostic> errors = [.. tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        if (!errors.IsEmpty) return new FormattingResult(tree, text, [], errors);

        ImmutableArray<TextChange> changes = LayoutChanges.Compute(text, SegmentReader.Read(tree));
        return new FormattingResult(tree, changes.IsEmpty ? text : TextChange.Apply(text, changes), changes, []);
    }
}
