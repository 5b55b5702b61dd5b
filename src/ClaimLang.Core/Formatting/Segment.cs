using ClaimLang.Syntax;

namespace ClaimLang.Formatting;

/// <summary>
/// A run of text the formatter keeps as it is: a token, or one line of a comment without the
/// whitespace that ends it. The formatter only rewrites the whitespace between segments.
/// </summary>
/// <param name="Start">Where the segment starts in the text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Kind">Token or comment.</param>
/// <param name="TokenKind">The token's kind; <see cref="SyntaxKind.None"/> for comments.</param>
/// <param name="Role">What indents a line this segment begins: a token's own role; for a comment, that of the token it comes before.</param>
/// <param name="LineBreaksBefore">How many line breaks the whitespace before it holds (back to the previous segment or the start of the text).</param>
internal readonly record struct Segment(int Start, int End, SegmentKind Kind, SyntaxKind TokenKind, LayoutRole Role, int LineBreaksBefore)
{
    public bool IsComment => Kind != SegmentKind.Token;
}
