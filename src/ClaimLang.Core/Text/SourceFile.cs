using System.Buffers;
using System.Text;

namespace ClaimLang.Text;

/// <summary>
/// Reads source files as a compiler reads them: UTF-8, a byte-order mark dropped, invalid bytes
/// as U+FFFD (the lexer then reports them as characters that cannot start a token, where they
/// occur, which helps more than an I/O error). Files with a UTF-16 or UTF-32 byte-order mark are
/// decoded as that mark says, as <see cref="File.ReadAllText(string, Encoding)"/> does.
/// </summary>
public static class SourceFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text of the file at <paramref name="path"/>. The bytes go through a pooled buffer
    /// straight into the string: a reader's growing buffers would be several times the file in
    /// garbage, which a check of many large files pays for in peak memory.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string ReadAllText(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        long length = RandomAccess.GetLength(handle);
        // Pipes and special files report no length; files too large for one buffer are rare enough.
        if (length == 0 || length >= Array.MaxLength / 2) return File.ReadAllText(path, Utf8);
        // One byte more than the file has: a full buffer means the file grew while it was read.
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            int read = 0, count;
            while (read < buffer.Length && (count = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0) read += count;
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, read);
            SourceFileEncoding stored = SourceFileEncoding.Of(bytes);
            if (!stored.IsUtf8 || read == buffer.Length) return File.ReadAllText(path, Utf8); // another encoding, or the file grew
            return Utf8.GetString(bytes[stored.MarkLength..]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
