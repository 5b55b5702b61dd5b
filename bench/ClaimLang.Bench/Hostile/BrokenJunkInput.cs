namespace ClaimLang.Bench.Hostile;

/// <summary>
/// The junk of <see cref="JunkTokensInput"/> with one claim cut short at the end: a file with a
/// syntax error goes through the recovering parse, which works on a token object for every
/// token of the file, trivia and bad characters included.
/// </summary>
internal sealed class BrokenJunkInput : IHostileInput
{
    private const string BrokenClaim = "source S says";

    public string Kind => "brokenjunk";

    public string Attack => "a bad character at every other byte and one syntax error: the recovering parse over the whole file";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "junk.claim"), bytes - BrokenClaim.Length - 1);
        JunkTokensInput.WriteJunk(file);
        file.WriteLine(BrokenClaim);
    }
}
