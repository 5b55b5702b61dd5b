using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Formatting;

/// <summary>
/// What <see cref="ClaimFormatter.Format"/> made of one file: the file in canonical layout and
/// the changes that lead there; or, when the file has syntax errors, the file as it was and the
/// errors that kept the formatter from touching it. Immutable.
/// </summary>
public sealed class FormattingResult
{
    internal FormattingResult(SyntaxTree tree, string text, ImmutableArray<TextChange> changes, ImmutableArray<Diagnostic> syntaxErrors)
    {
        Tree = tree;
        Text = text;
        Changes = changes;
        SyntaxErrors = syntaxErrors;
    }

    /// <summary>The tree that was given to the formatter.</summary>
    internal SyntaxTree Tree { get; }

    /// <summary>
    /// The file in canonical layout (docs/formatting.md). The input text itself when the file was
    /// in canonical layout already, or when it was not formatted.
    /// </summary>
    public string Text { get; }

    /// <summary>
    /// The changes that turn the input into <see cref="Text"/>: ordered by position, never
    /// overlapping, their spans counted in the input (so they can be applied as they are, as
    /// <see cref="TextChange.Apply"/> and an editor's formatting request do). Each covers only the
    /// characters that differ, and removes and inserts nothing but spaces, tabs and line breaks.
    /// Empty when nothing changes or the file was not formatted.
    /// </summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>Why the file was not formatted: its syntax diagnostics of error severity. Empty when it was formatted.</summary>
    public ImmutableArray<Diagnostic> SyntaxErrors { get; }

    /// <summary>False when the file has syntax errors: the layout of a broken file cannot be known, so it is left as it is.</summary>
    public bool IsFormatted => SyntaxErrors.IsEmpty;

    /// <summary>True when formatting changes the file.</summary>
    public bool IsChanged => !Changes.IsEmpty;
}
