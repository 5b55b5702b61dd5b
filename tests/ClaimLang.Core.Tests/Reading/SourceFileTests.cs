using System.Text;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Reading;

/// <summary>
/// Source files are read as UTF-8 through a pooled buffer; what comes out must be exactly what
/// <see cref="File.ReadAllText(string, Encoding)"/> with a lenient UTF-8 encoding gives, byte-order
/// marks and invalid bytes included.
/// </summary>
public sealed class SourceFileTests : IDisposable
{
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly string _folder = Directory.CreateTempSubdirectory("claimlang-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 0x61, 0xE2, 0x86, 0x92, 0x62 }, "a\u2192b")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, "a")]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 }, "a\uFFFDb")]
    [InlineData(new byte[] { 0x61, 0xE2, 0x86 }, "a\uFFFD")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "a")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "a")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00 }, "a")]
    public void A_file_reads_as_its_encoding_says(byte[] bytes, string expected) =>
        SourceFile.ReadAllText(Write(bytes)).ShouldBe(expected);

    [Fact]
    public void Any_bytes_read_as_the_framework_reads_them()
    {
        var random = new Random(20261124);
        byte[][] prefixes = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF]];
        for (int i = 0; i < 300; i++)
        {
            // Mostly text, with some bytes above 0x7F (valid sequences and broken ones), at
            // sizes on both sides of the pool's power-of-two buffers.
            int length = i % 10 == 0 ? (1 << random.Next(4, 14)) - random.Next(0, 2) : random.Next(0, 3000);
            byte[] body = new byte[length];
            for (int j = 0; j < length; j++) body[j] = (byte)(random.Next(8) == 0 ? random.Next(256) : random.Next(0x20, 0x7F));
            string path = Write([.. prefixes[i % prefixes.Length], .. body]);

            SourceFile.ReadAllText(path).ShouldBe(File.ReadAllText(path, LenientUtf8), $"case {i}, {length} bytes");
        }
    }

    [Fact]
    public void A_missing_file_is_an_IO_error() =>
        Should.Throw<FileNotFoundException>(() => SourceFile.ReadAllText(Path.Combine(_folder, "missing.claim")));

    private string Write(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.claim");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
