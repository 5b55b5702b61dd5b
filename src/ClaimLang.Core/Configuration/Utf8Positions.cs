using System.Text;

namespace ClaimLang.Configuration;

/// <summary>
/// Turns the byte positions Utf8JsonReader reports into the UTF-16 positions SourceText and
/// every diagnostic use. The bytes are the UTF-8 encoding of the text itself, so every byte
/// position the reader gives maps to exactly one character position.
/// </summary>
internal sealed class Utf8Positions(string text)
{
    // The reader asks in increasing order; counting on from the last answer keeps a large file linear.
    private int _lastByte;
    private int _lastChar;

    public byte[] Bytes { get; } = Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// The character position of a byte position (clamped to the text): the character whose
    /// encoding holds the byte. Counted character by character as the encoder wrote them (a
    /// surrogate pair is 4 bytes, a lone surrogate the 3 of its replacement), so a position
    /// inside a multi-byte sequence never counts its bytes as characters of their own.
    /// </summary>
    public int ToCharPosition(long bytePosition)
    {
        int target = (int)Math.Clamp(bytePosition, 0, Bytes.Length);
        if (target < _lastByte)
        {
            _lastByte = 0;
            _lastChar = 0;
        }
        while (_lastChar < text.Length)
        {
            int width = EncodedWidth(_lastChar, out int chars);
            if (_lastByte + width > target) break;
            _lastByte += width;
            _lastChar += chars;
        }
        return _lastChar;
    }

    // The UTF-8 bytes of the character at index (and of its low surrogate, when it starts a pair).
    private int EncodedWidth(int index, out int chars)
    {
        char c = text[index];
        chars = 1;
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            chars = 2;
            return 4;
        }
        return 3;
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
