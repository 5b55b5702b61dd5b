namespace ClaimLang.Bench.Hostile;

/// <summary>
/// Names of 64 KiB: declared ones, and claims naming each with one edit, so that "did you
/// mean" compares long names with long names.
/// </summary>
internal sealed class LongNamesInput : IHostileInput
{
    private const int NameLength = 64 * 1024;

    public string Kind => "longnames";

    public string Attack => "names of 64 KiB, declared and misspelt: edit distances between long names";

    public void Write(string folder, long bytes)
    {
        var names = new List<string>();
        using (var declarations = new ClaimFileWriter(Path.Combine(folder, "declarations.claim"), bytes / 2))
        {
            declarations.WriteLine("source S");
            declarations.WriteLine("entity B");
            for (long i = 0; !declarations.IsFull; i++)
            {
                string name = HostileNames.Nth(i * 7919, NameLength);
                names.Add(name);
                declarations.WriteLine($"entity {name}");
            }
        }
        using var claims = new ClaimFileWriter(Path.Combine(folder, "claims.claim"), bytes / 2);
        for (int i = 0; !claims.IsFull; i++)
        {
            claims.WriteLine($"source S says {HostileNames.Misspelt(names[i % names.Count], NameLength / 2 + i)} -> B 1 USD 2018");
        }
    }
}
