namespace ClaimLang.Bench.Hostile;

/// <summary>One entity declared again on every line: a duplicate (CL1002) with a related location every nine bytes.</summary>
internal sealed class DuplicateDeclarationsInput : IHostileInput
{
    public string Kind => "duplicates";

    public string Attack => "the same name declared on every line: the symbol table's duplicates and what it keeps of each";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "duplicates.claim"), bytes);
        while (!file.IsFull) file.WriteLine("entity A");
    }
}
