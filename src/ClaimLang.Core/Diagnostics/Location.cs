using ClaimLang.Text;

namespace ClaimLang.Diagnostics;

/// <summary>Where something is: a document, a character span in it and the span's line positions.</summary>
public sealed record Location(SourceDocument Document, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A location in a text known only by a name.</summary>
    internal Location(string filePath, TextSpan span, LinePositionSpan lineSpan) : this(SourceDocument.Named(filePath), span, lineSpan)
    {
    }

    internal static Location Create(SourceDocument document, SourceText text, TextSpan span) =>
        new(document, span, text.GetLinePositionSpan(span));

    internal static Location Create(string filePath, SourceText text, TextSpan span) => Create(SourceDocument.Named(filePath), text, span);

    /// <summary>The document's path in the project (<see cref="SourceDocument.Path"/>).</summary>
    public string FilePath => Document.Path;

    public LinePosition Start => LineSpan.Start;

    public LinePosition End => LineSpan.End;

    public override string ToString() => $"{FilePath}({Start})";
}
