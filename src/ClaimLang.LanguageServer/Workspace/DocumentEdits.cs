using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>Applies the editor's incremental edits to a buffer's text.</summary>
internal static class DocumentEdits
{
    /// <summary>
    /// The text after the edits, applied in order (each edit's range refers to the text the one
    /// before it left). A change without a range replaces the whole text. Positions beyond a
    /// line's end or the last line are clamped to it: an edit notification has no answer to
    /// carry an error, and a clamped edit leaves the buffer closest to what the editor shows.
    /// </summary>
    public static string Apply(SourceText original, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        // The first edit is placed with the original's line table, already computed; only a
        // second edit in the same notification needs the lines of the text the first one left.
        SourceText? source = original;
        string text = original.Text;
        foreach (TextDocumentContentChangeEvent change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? "";
                source = null;
                continue;
            }
            source ??= SourceText.From(text);
            int start = Clamp(source, change.Range.Start);
            int end = Math.Max(start, Clamp(source, change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text ?? "", text.AsSpan(end));
            source = null;
        }
        return text;
    }

    /// <summary>
    /// The tree of the buffer after the edits: each edit re-parses only the members it touches
    /// where that gives the tree a full parse would (<see cref="SyntaxTree.WithChange"/>); a
    /// change without a range replaces the text, and the rest of the edits are applied to the
    /// text and parsed once.
    /// </summary>
    public static SyntaxTree Apply(SyntaxTree tree, IReadOnlyList<TextDocumentContentChangeEvent> changes, Func<string, SyntaxTree> parse)
    {
        for (int i = 0; i < changes.Count; i++)
        {
            TextDocumentContentChangeEvent change = changes[i];
            if (change.Range is null)
            {
                return parse(Apply(tree.Text, changes.Skip(i).ToList()));
            }
            int start = Clamp(tree.Text, change.Range.Start);
            int end = Math.Max(start, Clamp(tree.Text, change.Range.End));
            tree = tree.WithChange(new TextChange(TextSpan.FromBounds(start, end), change.Text ?? ""));
        }
        return tree;
    }

    private static int Clamp(SourceText text, LspPosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= text.LineCount) return text.Length;
        return text.GetPosition(new LinePosition(position.Line, Math.Clamp(position.Character, 0, text.GetLineSpan(position.Line).Length)));
    }
}
