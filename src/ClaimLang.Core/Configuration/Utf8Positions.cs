using System.Text;

namespace ClaimLang.Configuration;

/// <summary>
/// Turns the byte positions Utf8JsonReader reports into the UTF-16 positions SourceText and
/// every diagnostic use. The bytes are the UTF-8 encoding of the text itself, so every byte
/// position the reader gives maps to exactly one character position.
/// </summary>
internal sealed class Utf8Positions(byte[] bytes)
{
    // The reader asks in increasing order; counting on from the last answer keeps a large file linear.
    private int _lastByte;
    private int _lastChar;

    public byte[] Bytes { get; } = bytes;

    /// <summary>The character position of a byte position (clamped to the text).</summary>
    public int ToCharPosition(long bytePosition)
    {
        int target = (int)Math.Clamp(bytePosition, 0, Bytes.Length);
        if (target < _lastByte)
        {
            _lastByte = 0;
            _lastChar = 0;
        }
        _lastChar += Encoding.UTF8.GetCharCount(Bytes, _lastByte, target - _lastByte);
        _lastByte = target;
        return _lastChar;
    }

    /// <summary>
    /// The byte position of a JsonException's line and byte in that line. The reader counts lines
    /// by '\n' only, so the line is found the same way here (a lone '\r' does not start one).
    /// </summary>
    public long FromLineAndByte(long line, long byteInLine)
    {
        int position = 0;
        for (long seen = 0; seen < line; seen++)
        {
            int next = Array.IndexOf(Bytes, (byte)'\n', position);
            if (next < 0) return Bytes.Length;
            position = next + 1;
        }
        return Math.Min(position + byteInLine, Bytes.Length);
    }
}
