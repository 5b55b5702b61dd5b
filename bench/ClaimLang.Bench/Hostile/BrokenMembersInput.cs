namespace ClaimLang.Bench.Hostile;

/// <summary>A declaration keyword alone on every line: a member with a syntax error every seven bytes, each recovered from on its own.</summary>
internal sealed class BrokenMembersInput : IHostileInput
{
    public string Kind => "brokenmembers";

    public string Attack => "a broken member on every line: the recovering parse's work and what it keeps per error";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "broken.claim"), bytes);
        while (!file.IsFull) file.WriteLine("source");
    }
}
