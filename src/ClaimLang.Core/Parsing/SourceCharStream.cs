using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace ClaimLang.Parsing;

/// <summary>
/// The file's text as ANTLR's character stream, read in place: ANTLR's own stream copies the
/// text into an array of its own (two more bytes per character of the file) only for the
/// tokens that error recovery conjures to point at.
/// </summary>
internal sealed class SourceCharStream(string text) : ICharStream
{
    private int _index;

    public int Index => _index;

    public int Size => text.Length;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (_index >= text.Length) throw new InvalidOperationException("cannot consume EOF");
        _index++;
    }

    // ANTLR's convention: LA(1) is the character at the index, LA(-1) the one before it.
    public int LA(int i)
    {
        if (i == 0) return 0;
        int at = i < 0 ? _index + i : _index + i - 1;
        return at < 0 || at >= text.Length ? IntStreamConstants.EOF : text[at];
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _index = Math.Clamp(index, 0, text.Length);

    public string GetText(Interval interval)
    {
        int start = Math.Max(0, interval.a), stop = Math.Min(interval.b, text.Length - 1);
        return stop < start ? "" : text.Substring(start, stop - start + 1);
    }
}
