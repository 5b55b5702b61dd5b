namespace ClaimLang.Bench.Hostile;

/// <summary>
/// The whole input on one line: distinct declarations, each unused (so each is a warning that
/// shows an excerpt of that one line), and no line break at all.
/// </summary>
internal sealed class LongLineInput : IHostileInput
{
    public string Kind => "longline";

    public string Attack => "one line of the whole input: line positions, an excerpt per diagnostic of a megabyte line";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "line.claim"), bytes);
        for (long i = 0; !file.IsFull; i++) file.Write($"entity {HostileNames.Nth(i, 6)} ");
    }
}
