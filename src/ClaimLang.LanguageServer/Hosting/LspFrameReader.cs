using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// Reads the base protocol's frames (<c>Content-Length</c> headers, a blank line, the body)
/// from a pipe, and finds its way back to the next frame after a broken one: bytes before a
/// header block's <c>Content-Length</c> line are the tail of a frame whose length was wrong,
/// and a header block without a usable length is skipped up to the next one.
/// </summary>
internal sealed class LspFrameReader(PipeReader reader)
{
    // Set after a header block without a usable length: the frame after it starts at the next
    // Content-Length header. Found when the next frame is asked for, so that the broken one is
    // answered at once rather than when more input comes.
    private bool _lostFrame;

    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthHeader = "Content-Length:"u8.ToArray();

    /// <summary>The next frame; null at the end of the input.</summary>
    public async Task<LspFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_lostFrame)
        {
            _lostFrame = false;
            await SkipToNextHeaderAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        ReadResult read;
        SequencePosition? headerEnd;
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            headerEnd = Find(read.Buffer, HeaderEnd);
            if (headerEnd is not null) break;
            if (read.IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.End);
                return null;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        string headers = Encoding.ASCII.GetString(read.Buffer.Slice(0, headerEnd.Value).ToArray());
        SequencePosition bodyStart = read.Buffer.GetPosition(HeaderEnd.Length, headerEnd.Value);
        reader.AdvanceTo(bodyStart);
        if (ContentLength(headers) is not { } length)
        {
            _lostFrame = true;
            return new LspFrame(null);
        }

        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length >= length) break;
            if (read.IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.End);
                return null;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        byte[] body = read.Buffer.Slice(0, length).ToArray();
        reader.AdvanceTo(read.Buffer.GetPosition(length));
        return new LspFrame(body);
    }

    /// <summary>Writes a frame around <paramref name="body"/>.</summary>
    public static void Write(PipeWriter writer, ReadOnlySpan<byte> body)
    {
        Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n", writer);
        writer.Write(body);
    }

    // The length is read from the last Content-Length line of the block: anything before it is
    // what a frame with a wrong length left behind, and has been answered already.
    private static long? ContentLength(string headers)
    {
        int at = headers.LastIndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        string line = headers[(at + LengthHeader.Length)..];
        int end = line.IndexOf("\r\n", StringComparison.Ordinal);
        if (end >= 0) line = line[..end];
        return long.TryParse(line.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length) && length <= int.MaxValue / 2
            ? length
            : null;
    }

    // After headers without a usable length the body's end is unknown: the next frame starts
    // at the next Content-Length header.
    private static async Task SkipToNextHeaderAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (FindIgnoringCase(read.Buffer, LengthHeader) is { } next)
            {
                reader.AdvanceTo(next);
                return;
            }
            if (read.IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.End);
                return;
            }
            // Keep the last few bytes: a header may be split between two reads.
            long keep = Math.Min(read.Buffer.Length, LengthHeader.Length - 1);
            reader.AdvanceTo(read.Buffer.GetPosition(read.Buffer.Length - keep), read.Buffer.End);
        }
    }

    private static SequencePosition? Find(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> value)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, value, advancePastDelimiter: false) ? reader.Position : null;
    }

    private static SequencePosition? FindIgnoringCase(ReadOnlySequence<byte> buffer, byte[] value)
    {
        byte[] bytes = buffer.ToArray();
        string text = Encoding.ASCII.GetString(bytes);
        int at = text.IndexOf(Encoding.ASCII.GetString(value), StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : buffer.GetPosition(at);
    }
}
