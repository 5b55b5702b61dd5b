using ClaimLang.Text;

namespace ClaimLang.Diagnostics;

/// <summary>Where something is: a file path (as given to the compiler), a character span and its line positions.</summary>
public sealed record Location(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(string filePath, SourceText text, TextSpan span) =>
        new(filePath, span, text.GetLinePositionSpan(span));

    public LinePosition Start => LineSpan.Start;

    public LinePosition End => LineSpan.End;

    public override string ToString() => $"{FilePath}({Start})";
}
