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
        var text = new EditedText(original);
        foreach (TextDocumentContentChangeEvent change in changes) text.Apply(change);
        return text.ToString();
    }

    /// <summary>
    /// The tree of the buffer after the edits. One edit re-parses only the members it touches
    /// where that gives the tree a full parse would (<see cref="SyntaxTree.WithChange"/>); a run
    /// of edits (a burst of keystrokes coalesced into one change of the workspace) is made to
    /// the text first and re-parsed once, from the first character it touched to the last. A
    /// change without a range replaces the text, which is parsed whole.
    /// </summary>
    public static SyntaxTree Apply(SyntaxTree tree, IReadOnlyList<TextDocumentContentChangeEvent> changes, Func<string, SyntaxTree> parse)
    {
        if (changes.Count == 0) return tree;
        var text = new EditedText(tree.Text);
        foreach (TextDocumentContentChangeEvent change in changes) text.Apply(change);
        return text.ReplacedWhole ? parse(text.ToString()) : tree.WithChange(text.Change());
    }
}
