using System.Text;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>Every file the generator writes: UTF-8 without a byte order mark, LF line ends on every platform.</summary>
internal static class TextFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter Create(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        return new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };
    }
}
