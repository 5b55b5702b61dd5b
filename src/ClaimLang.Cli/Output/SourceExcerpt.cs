using System.Text;
using ClaimLang.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// The part of a source line printed under a diagnostic, and the marker under its span. A long
/// line is cut to a window around the span, with <c>…</c> where it was cut, so what is printed
/// per diagnostic stays small however long the line; control characters are escaped, and the
/// marker is laid under the escaped text so the caret stays under the span.
/// </summary>
internal readonly record struct SourceExcerpt(string Line, string Marker)
{
    /// <summary>How many characters of the line are shown at most (the span first, then context).</summary>
    public const int Width = 120;

    private const char Cut = '…';

    /// <summary>The excerpt of line <paramref name="lineIndex"/> of <paramref name="text"/> for <paramref name="span"/>.</summary>
    public static SourceExcerpt Create(SourceText text, int lineIndex, LinePositionSpan span)
    {
        string line = text.ToString(text.GetLineSpan(lineIndex));
        int end = span.End.Line == span.Start.Line ? span.End.Character : line.Length;
        return Create(line, span.Start.Character, end);
    }

    /// <param name="line">The source line, without its line break.</param>
    /// <param name="startCharacter">Where the span starts (UTF-16 offset).</param>
    /// <param name="endCharacter">Where it ends, exclusive; clipped to the line.</param>
    public static SourceExcerpt Create(string line, int startCharacter, int endCharacter)
    {
        int start = Math.Clamp(startCharacter, 0, line.Length);
        int end = Math.Clamp(endCharacter, start, line.Length);
        (int from, int to) = Window(line, start, end);

        var shown = new StringBuilder(Width + 16);
        if (from > 0) shown.Append(Cut);
        int shownStart = -1, shownEnd = -1;
        for (int i = from; i < to; i++)
        {
            if (i == start) shownStart = shown.Length;
            if (i == end) shownEnd = shown.Length;
            TerminalText.AppendEscaped(shown, line, i);
        }
        if (shownStart < 0) shownStart = shown.Length;
        if (shownEnd < 0) shownEnd = shown.Length;
        if (to < line.Length) shown.Append(Cut);

        string shownLine = shown.ToString();
        return new SourceExcerpt(shownLine, SourceMarker.Create(shownLine, shownStart, Math.Max(shownStart, shownEnd)));
    }

    // The window [from, to) of at most Width characters: the span's start always, as much of
    // the span as fits, and the rest split between the context before and after it.
    private static (int From, int To) Window(string line, int start, int end)
    {
        if (line.Length <= Width) return (0, line.Length);
        int spanLength = Math.Min(end - start, Width);
        int from = Math.Max(0, start - (Width - spanLength) / 2);
        int to = Math.Min(line.Length, from + Width);
        from = Math.Max(0, Math.Min(from, to - Width));
        // Never split a surrogate pair: half a character would print as garbage.
        if (from > 0 && char.IsLowSurrogate(line[from])) from++;
        if (to < line.Length && char.IsLowSurrogate(line[to])) to--;
        return (from, to);
    }
}
