using System.Text;

namespace ClaimLang.Bench.Hostile;

/// <summary>Writes one .claim file (UTF-8, LF) until it holds a given number of bytes.</summary>
internal sealed class ClaimFileWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly long _budget;

    public ClaimFileWriter(string path, long bytes)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        _budget = bytes;
    }

    /// <summary>Bytes written so far (every text written here is ASCII).</summary>
    public long Written { get; private set; }

    public bool IsFull => Written >= _budget;

    public void Write(string text)
    {
        _writer.Write(text);
        Written += text.Length;
    }

    public void WriteLine(string line) => Write(line + "\n");

    public void Dispose() => _writer.Dispose();
}
