using System.Text;

namespace ClaimLang.Text;

/// <summary>
/// The encoding a source file is stored in, told by its byte-order mark as <see cref="SourceFile"/>
/// reads it: UTF-8 without a mark unless the file starts with one. A rewritten file keeps its
/// encoding and its mark, or its lack of one.
/// </summary>
/// <param name="Encoding">Decodes strictly: a byte sequence that is not valid throws rather than turning into U+FFFD.</param>
/// <param name="MarkLength">How many bytes the mark takes at the start of the file (0 without one).</param>
public sealed record SourceFileEncoding(Encoding Encoding, int MarkLength)
{
    /// <summary>Whether the file is UTF-8, with or without a mark.</summary>
    internal bool IsUtf8 => Encoding is UTF8Encoding;

    public static SourceFileEncoding Of(ReadOnlySpan<byte> bytes)
    {
        // The four-byte UTF-32 little-endian mark begins with the two-byte UTF-16 one: test it first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(new UTF8Encoding(true, true), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new(new UTF32Encoding(false, true, true), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return new(new UTF32Encoding(true, true, true), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(new UnicodeEncoding(false, true, true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(new UnicodeEncoding(true, true, true), 2);
        return new(new UTF8Encoding(false, true), 0);
    }
}
