using ClaimLang.Syntax;

namespace ClaimLang.Formatting;

/// <summary>
/// Cuts a file into the <see cref="Segment"/>s the formatter keeps: every token and every line of
/// every comment, each without the whitespace around it. What lies between two segments is only
/// whitespace and line breaks, which is all the formatter rewrites.
/// </summary>
internal sealed class SegmentReader
{
    private readonly string _text;
    private readonly List<Segment> _segments;
    private int _end; // where the last segment ended: the whitespace before the next one starts here

    private SegmentReader(string text, int capacity)
    {
        _text = text;
        _segments = new List<Segment>(capacity);
    }

    /// <summary>The segments of <paramref name="tree"/> in text order, with the role that indents each.</summary>
    public static List<Segment> Read(SyntaxTree tree)
    {
        LayoutRole[] roles = TokenRoles.Of(tree);
        var reader = new SegmentReader(tree.Text.Text, roles.Length + 16);
        int index = 0;
        foreach (SyntaxToken token in tree.GetTokens())
        {
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) reader.AddTrivia(trivia);
            // The end-of-file token (and, in a tree with errors, a missing one) has no text.
            if (token.Span.Length > 0) reader.Add(token.Span.Start, token.Span.End, SegmentKind.Token, token.Kind, roles[index]);
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) reader.AddTrivia(trivia);
            index++;
        }
        GiveCommentsTheirRoles(reader._segments);
        return reader._segments;
    }

    private void AddTrivia(SyntaxTrivia trivia)
    {
        switch (trivia.Kind)
        {
            case SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia:
                return; // the layout between segments, written anew
            case SyntaxKind.BlockCommentTrivia:
                AddBlockComment(trivia.Span.Start, trivia.Span.End);
                return;
            default:
                // A line comment; bad characters and skipped tokens only occur in trees with
                // errors, which are never formatted, and would be kept as written too.
                AddComment(trivia.Span.Start, LayoutText.TrimEnd(_text, trivia.Span.Start, trivia.Span.End), SegmentKind.Comment);
                return;
        }
    }

    // Each line of a block comment is a segment of its own, so that the whitespace ending it can
    // go and its line break take the file's style; a line holding only whitespace gives none.
    private void AddBlockComment(int start, int end)
    {
        int lineStart = start;
        for (int i = start; i < end; i++)
        {
            int lineBreak = LayoutText.LineBreakLength(_text, i);
            if (lineBreak == 0) continue;
            AddCommentLine(lineStart, i, lineStart == start);
            i += lineBreak - 1;
            lineStart = i + 1;
        }
        AddCommentLine(lineStart, end, lineStart == start);
    }

    private void AddCommentLine(int start, int end, bool isFirst)
    {
        end = LayoutText.TrimEnd(_text, start, end);
        if (end > start) AddComment(start, end, isFirst ? SegmentKind.Comment : SegmentKind.CommentContinuation);
    }

    // A comment's role is the token's after it, which is not read yet: GiveCommentsTheirRoles sets it.
    private void AddComment(int start, int end, SegmentKind kind) => Add(start, end, kind, SyntaxKind.None, default);

    private void Add(int start, int end, SegmentKind kind, SyntaxKind tokenKind, LayoutRole role)
    {
        _segments.Add(new Segment(start, end, kind, tokenKind, role, LayoutText.CountLineBreaks(_text, _end, start)));
        _end = end;
    }

    // A comment that begins a line is indented like the token it comes before, as an editor
    // would place it. One on a line of its own before a block's '}' is still inside the block,
    // so it takes the depth of the attributes rather than that of the brace. Comments after the
    // last token come before the end of the file, which is at depth 0.
    private static void GiveCommentsTheirRoles(List<Segment> segments)
    {
        LayoutRole next = LayoutRole.MemberStart;
        bool nextIsCloseBrace = false;
        bool lineBreakBeforeNext = false;
        for (int i = segments.Count - 1; i >= 0; i--)
        {
            Segment segment = segments[i];
            if (segment.Kind == SegmentKind.Token)
            {
                next = segment.Role;
                nextIsCloseBrace = segment.TokenKind == SyntaxKind.CloseBraceToken;
                lineBreakBeforeNext = false;
            }
            else
            {
                LayoutRole role = nextIsCloseBrace && lineBreakBeforeNext ? LayoutRole.AttributeStart : next;
                segments[i] = segment with { Role = role };
            }
            lineBreakBeforeNext |= segment.LineBreaksBefore > 0;
        }
    }
}
