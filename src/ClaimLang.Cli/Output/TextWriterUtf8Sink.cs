using System.Buffers;
using System.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// Hands what a <see cref="System.Text.Json.Utf8JsonWriter"/> writes on to a text writer as it
/// comes, so a report of half a million diagnostics is never held whole in memory (as bytes and
/// then as a string, it took a gigabyte for a megabyte of junk). A decoder carries a character
/// split between two writes over to the next.
/// </summary>
internal sealed class TextWriterUtf8Sink(TextWriter output) : IBufferWriter<byte>
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private byte[] _bytes = new byte[16 * 1024];
    private char[] _chars = new char[16 * 1024 + 1];

    public void Advance(int count)
    {
        if (_chars.Length < count + 1) _chars = new char[count + 1];
        int written = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush: false);
        output.Write(_chars, 0, written);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (_bytes.Length < sizeHint) _bytes = new byte[sizeHint];
        return _bytes;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
