using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using ClaimLang.Compilation;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Reads and parses the discovered files, several at a time: each file's tree is independent,
/// and the lexer's shared tables are safe for concurrent use (docs/performance.md).
/// </summary>
internal static class SourceFileParser
{
    // Invalid bytes become U+FFFD instead of failing the read: the lexer then reports them as a
    // character that cannot start a token, at the place they occur, which helps more than an I/O error.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>One tree per file of <paramref name="discovery"/>, in the same order. Trees carry the display path.</summary>
    /// <exception cref="CliErrorException">A file cannot be read; the first such file in display order is named.</exception>
    public static IReadOnlyList<SyntaxTree> ParseAll(SourceFileDiscovery discovery)
    {
        var files = discovery.Files;
        var trees = new SyntaxTree?[files.Length];
        var failures = new Exception?[files.Length];

        Parallel.For(0, files.Length, i =>
        {
            try
            {
                string text = ReadText(discovery.GetFullPath(files[i]));
                trees[i] = SyntaxTree.ParseText(SourceText.From(text), files[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });

        for (int i = 0; i < files.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                throw new CliErrorException($"cannot read '{files[i]}': {failure.Message}", failure);
            }
        }
        return trees!;
    }

    // What File.ReadAllText gives, with one copy less: it decodes through a reader into a
    // growing builder and then copies that into the string; here the bytes land in a pooled
    // buffer (files are large-object sized, so a fresh array per file would be costly) and are
    // decoded once, straight into the string. A file that starts with a UTF-16 or UTF-32 byte
    // order mark, or that grows while it is read, takes the reader's way.
    private static string ReadText(string path)
    {
        using SafeFileHandle file = File.OpenHandle(path);
        long length = RandomAccess.GetLength(file);
        if (length >= Array.MaxLength) return File.ReadAllText(path, Utf8);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)length + 1); // one more, to see that the file has not grown
        try
        {
            int read = 0;
            for (int n; read < buffer.Length && (n = RandomAccess.Read(file, buffer.AsSpan(read), read)) > 0;) read += n;
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, read);
            if (read == buffer.Length || HasUnicodeOrderMark(bytes)) return File.ReadAllText(path, Utf8);
            if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
            return Utf8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The marks, other than UTF-8's, by which the reader picks another decoding.
    private static bool HasUnicodeOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
