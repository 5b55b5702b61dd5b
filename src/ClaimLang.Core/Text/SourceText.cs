namespace ClaimLang.Text;

/// <summary>
/// The text of one file with its line starts. Immutable. Lines end at LF, CR LF or a lone CR,
/// the same line breaks the lexer knows.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    internal char this[int index] => Text[index];

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    internal ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public override string ToString() => Text;

    internal int GetLineStart(int line) => _lineStarts[line];

    internal int GetLineIndex(int position)
    {
        if ((uint)position > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(position));
        int index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0 || position.Line >= _lineStarts.Length) throw new ArgumentOutOfRangeException(nameof(position));
        // A character past the line's end means the end (the language server protocol says so);
        // clamped before adding, so that even int.MaxValue cannot overflow.
        int start = _lineStarts[position.Line];
        return start + Math.Min(position.Character, GetLineEnd(position.Line) - start);
    }

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line) => TextSpan.FromBounds(_lineStarts[line], GetLineEnd(line));

    private int GetLineEnd(int line)
    {
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (end > _lineStarts[line] && Text[end - 1] == '\n') end--;
        if (end > _lineStarts[line] && Text[end - 1] == '\r') end--;
        return end;
    }

    // Line breaks are searched for with the vectorised search, not character by character: an
    // editor makes a new text of the whole file after each keystroke, and a file of 10,000
    // claims is over a million characters (a millisecond and more of every edit, looked at one
    // by one).
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        ReadOnlySpan<char> rest = text;
        int offset = 0;
        for (int found = rest.IndexOfAny('\n', '\r'); found >= 0; found = rest.IndexOfAny('\n', '\r'))
        {
            int end = found + 1;
            if (rest[found] == '\r' && end < rest.Length && rest[end] == '\n') end++;
            offset += end;
            starts.Add(offset);
            rest = rest[end..];
        }
        return starts.ToArray();
    }
}
