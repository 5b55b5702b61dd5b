using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// A buffer's text with a run of the editor's edits made to it in place, each placed by the
/// lines the ones before it left, without a new string or line table per edit: a burst of
/// keystrokes queued for a 2 MiB document costs a move of characters each, not 4 MiB of
/// garbage each. What the run changed comes out as one <see cref="TextChange"/> of the
/// original (<see cref="Change"/>), which the tree then re-parses once. A single edit, the usual
/// case, is placed with the original's line table and never copies the text.
/// </summary>
internal sealed class EditedText
{
    private readonly SourceText _original;
    // The text, made only when a second edit needs the first one's result.
    private char[] _characters = [];
    private int _length;
    // Where each line starts, by the same rules as SourceText: after LF, after CR LF, after a lone CR.
    private readonly List<int> _lineStarts = [];
    private bool _made;
    // The first edit, while it is the only one and the text has not been made.
    private TextChange? _only;
    // The characters before _unchangedHead and the last _unchangedTail characters are the original's.
    private int _unchangedHead;
    private int _unchangedTail;
    private bool _edited;

    public EditedText(SourceText original)
    {
        _original = original;
        _length = original.Length;
        _unchangedHead = _length;
        _unchangedTail = _length;
    }

    // Copies the original into the buffer, with its line starts, and makes the edit held back.
    private void Make()
    {
        if (_made) return;
        _made = true;
        _characters = _original.Text.ToCharArray();
        _lineStarts.Capacity = _original.LineCount;
        for (int line = 0; line < _original.LineCount; line++) _lineStarts.Add(_original.GetLineSpan(line).Start);
        if (_only is { } only)
        {
            _only = null;
            Replace(only.Span.Start, only.Span.End, only.NewText);
        }
    }

    /// <summary>True once an edit replaced the whole text (a change without a range).</summary>
    public bool ReplacedWhole { get; private set; }

    /// <summary>Makes one edit: its range (clamped to the text) is replaced, or the whole text when it has none.</summary>
    public void Apply(TextDocumentContentChangeEvent change)
    {
        string text = change.Text ?? "";
        if (change.Range is { } range && !_made && !_edited)
        {
            int first = Clamp(range.Start, _original.LineCount, _original.Length, _original.GetLineSpan);
            _only = new TextChange(TextSpan.FromBounds(first, Math.Max(first, Clamp(range.End, _original.LineCount, _original.Length, _original.GetLineSpan))), text);
            _edited = true;
            return;
        }
        Make();
        if (change.Range is null)
        {
            ReplacedWhole = true;
            Replace(0, _length, text);
            return;
        }
        int start = Clamp(change.Range.Start, _lineStarts.Count, _length, LineSpan);
        int end = Math.Max(start, Clamp(change.Range.End, _lineStarts.Count, _length, LineSpan));
        Replace(start, end, text);
    }

    /// <summary>The whole text as it is now.</summary>
    public override string ToString()
    {
        Make();
        return new string(_characters, 0, _length);
    }

    /// <summary>What the edits made of the original, as one change of it: from the first character they touched to the last (empty when they made none).</summary>
    public TextChange Change()
    {
        if (!_edited) return new TextChange(TextSpan.FromBounds(_original.Length, _original.Length), "");
        if (_only is { } only) return only;
        // The untouched head and tail are characters of the original that survived in order, so
        // they do not overlap, in the original or now.
        string newText = new(_characters, _unchangedHead, _length - _unchangedTail - _unchangedHead);
        return new TextChange(TextSpan.FromBounds(_unchangedHead, _original.Length - _unchangedTail), newText);
    }

    private void Replace(int start, int end, string text)
    {
        int delta = text.Length - (end - start);
        int tailLength = _length - end;
        if (delta > 0 && _length + delta > _characters.Length) Array.Resize(ref _characters, Math.Max(_length + delta, _characters.Length * 2));
        if (delta != 0) Array.Copy(_characters, end, _characters, end + delta, tailLength);
        text.CopyTo(0, _characters, start, text.Length);
        _length += delta;
        _edited = true;
        _unchangedHead = Math.Min(_unchangedHead, start);
        _unchangedTail = Math.Min(_unchangedTail, tailLength);
        UpdateLineStarts(start, end, text.Length, delta);
    }

    // A line start p depends on the characters at p - 1 and p only. Starts before the edit are
    // kept, starts after the character that follows it are moved, and the stretch between is
    // looked at again.
    private void UpdateLineStarts(int start, int end, int inserted, int delta)
    {
        int keep = LowerBound(start); // the starts before the edit
        int after = LowerBound(end + 2); // the starts that only move
        for (int i = after; i < _lineStarts.Count; i++) _lineStarts[i] += delta;
        var found = new List<int>();
        if (keep == 0) found.Add(0);
        int scanTo = Math.Min(start + inserted + 1, _length);
        for (int p = Math.Max(start, 1); p <= scanTo; p++)
        {
            if (IsLineStart(p)) found.Add(p);
        }
        _lineStarts.RemoveRange(keep, after - keep);
        _lineStarts.InsertRange(keep, found);
    }

    private bool IsLineStart(int p)
    {
        char before = _characters[p - 1];
        return before == '\n' || (before == '\r' && (p == _length || _characters[p] != '\n'));
    }

    /// <summary>The index of the first line start at or after <paramref name="offset"/>.</summary>
    private int LowerBound(int offset)
    {
        int found = _lineStarts.BinarySearch(offset);
        return found >= 0 ? found : ~found;
    }

    // A line of the buffer without its line break.
    private TextSpan LineSpan(int line)
    {
        int lineStart = _lineStarts[line];
        int lineEnd = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : _length;
        if (lineEnd > lineStart && _characters[lineEnd - 1] == '\n') lineEnd--;
        if (lineEnd > lineStart && _characters[lineEnd - 1] == '\r') lineEnd--;
        return TextSpan.FromBounds(lineStart, lineEnd);
    }

    // As an edit's position was always placed: a line before the first is the start, a line past
    // the last is the end, a character past its line's end is that end.
    private static int Clamp(LspPosition position, int lineCount, int length, Func<int, TextSpan> lineSpan)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= lineCount) return length;
        TextSpan line = lineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }
}
