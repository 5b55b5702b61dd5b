using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// The parsed form of one file. Parsing never throws and always gives a tree; the tree holds
/// every character of the input (tokens, trivia, invalid text), so <see cref="ToFullString"/>
/// gives the input back byte for byte, valid or not. Immutable.
/// </summary>
public sealed partial class SyntaxTree
{
    /// <summary>Parses a text known by a name (<paramref name="filePath"/>, the path its diagnostics name).</summary>
    public static SyntaxTree ParseText(string text, string filePath = "") => ParseText(SourceText.From(text), filePath);

    public static SyntaxTree ParseText(SourceText text, string filePath = "") => ClaimParser.Parse(text, SourceDocument.Named(filePath));

    /// <summary>Parses the text of a project's file.</summary>
    public static SyntaxTree ParseText(SourceText text, SourceDocument document) => ClaimParser.Parse(text, document);

    /// <summary>
    /// The tree of this file's text with <paramref name="change"/> applied. Only the members the
    /// change touches are parsed again when that gives the same tree as a full parse (an edit
    /// inside the members, with the file's mistakes, if any, near it); otherwise the whole new
    /// text is parsed.
    /// </summary>
    public SyntaxTree WithChange(TextChange change)
    {
        string newText = TextChange.Apply(Text.Text, [change]);
        return IncrementalParser.TryReparse(this, change, newText) ?? ParseText(SourceText.From(newText), Document);
    }

    public SourceText Text { get; }

    /// <summary>The file this tree is the text of.</summary>
    public SourceDocument Document { get; }

    /// <summary>The file's path in the project (<see cref="SourceDocument.Path"/>).</summary>
    public string FilePath => Document.Path;

    internal CompilationUnitSyntax Root => _root ?? throw new InvalidOperationException("The tree is still being built.");

    /// <summary>The syntax diagnostics (CL0001–CL0005), in source order.</summary>
    internal ImmutableArray<Diagnostic> Diagnostics { get; private set; }

    /// <summary>The syntax diagnostics found past <see cref="DiagnosticLimit.PerFileAndStage"/>: code and place only.</summary>
    internal ImmutableArray<OmittedDiagnostic> OmittedDiagnostics { get; private set; } = [];

    public string ToFullString() => Text.Text;

    internal Location GetLocation(TextSpan span) => Location.Create(Document, Text, span);

    /// <summary>How this tree was made from an earlier version by an incremental parse; null for a tree parsed whole.</summary>
    internal TreeEdit? Edit { get; set; }
}
