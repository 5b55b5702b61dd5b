using System.Text;

namespace ClaimLang.Formatting;

/// <summary>
/// The whitespace the canonical layout puts between two segments. A line break is never added
/// or removed: the number of line breaks in a gap is kept, written in the file's style, and
/// only the spaces around them change: none at the end of a line, the indentation of its role at
/// the start of one, and between two segments on one line the spacing of <see cref="TokenSpacing"/>
/// (one space next to a comment).
/// </summary>
internal sealed class GapLayout
{
    private readonly string _lineBreak;
    // One line break and an indentation, the gap between most lines, made once per depth.
    private readonly string[] _nextLine;

    public GapLayout(string lineBreak)
    {
        _lineBreak = lineBreak;
        _nextLine = [.. Enumerable.Range(0, Indentation.MaxDepth + 1).Select(depth => lineBreak + new string(' ', depth * Indentation.SpacesPerDepth))];
    }

    /// <summary>Before the first segment: the blank lines the file starts with (moving them would move every claim), then the indentation.</summary>
    public string BeforeFirst(Segment first) => LineBreaksBefore(first);

    public string Between(Segment left, Segment right) =>
        right.LineBreaksBefore > 0 ? LineBreaksBefore(right) : Spacing(left, right);

    /// <summary>After the last segment: exactly one line break. Blank lines at the end of a file hold nothing and go.</summary>
    public string AfterLast => _lineBreak;

    private static string Spacing(Segment left, Segment right) =>
        left.IsComment || right.IsComment ? TokenSpacing.One : TokenSpacing.Between(left.TokenKind, right.TokenKind, right.Role);

    private string LineBreaksBefore(Segment next)
    {
        // A later line of a block comment carries its own indentation, which is part of the comment.
        int depth = next.Kind == SegmentKind.CommentContinuation ? 0 : Indentation.DepthOf(next.Role);
        if (next.LineBreaksBefore == 1) return _nextLine[depth];
        var gap = new StringBuilder();
        for (int i = 0; i < next.LineBreaksBefore; i++) gap.Append(_lineBreak);
        return gap.Append(' ', depth * Indentation.SpacesPerDepth).ToString();
    }
}
