namespace ClaimLang.Bench.Hostile;

/// <summary>Lines of <c>$</c> and other characters no token starts with: a syntax error at every other byte.</summary>
internal sealed class JunkTokensInput : IHostileInput
{
    public string Kind => "junk";

    public string Attack => "a syntax error at every other byte: the lexer's and the parser's recovery, and the diagnostics they make";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "junk.claim"), bytes);
        WriteJunk(file);
    }

    /// <summary>Lines of <c>$ $ … $</c> until <paramref name="file"/> has its bytes.</summary>
    internal static void WriteJunk(ClaimFileWriter file)
    {
        string line = string.Concat(Enumerable.Repeat("$ ", 39)) + "$";
        while (!file.IsFull) file.WriteLine(line);
    }
}
