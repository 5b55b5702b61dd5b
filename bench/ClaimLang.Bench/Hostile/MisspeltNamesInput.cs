namespace ClaimLang.Bench.Hostile;

/// <summary>
/// Many declared entities and many claims, each naming distinct undeclared names: half one
/// edit from a declared name, half near none. The names use few letters, so they share most
/// characters, the hardest case for finding candidates quickly.
/// </summary>
internal sealed class MisspeltNamesInput : IHostileInput
{
    private const int NameLength = 10;

    public string Kind => "misspelt";

    public string Attack => "many misspelt names against many declarations: \"did you mean\" for each";

    public void Write(string folder, long bytes)
    {
        var names = new List<string>();
        using (var declarations = new ClaimFileWriter(Path.Combine(folder, "declarations.claim"), bytes / 2))
        {
            declarations.WriteLine("source S");
            for (long i = 0; !declarations.IsFull; i++)
            {
                string name = Scrambled(i);
                names.Add(name);
                declarations.WriteLine($"entity {name}");
            }
        }
        using var claims = new ClaimFileWriter(Path.Combine(folder, "claims.claim"), bytes / 2);
        for (int i = 0; !claims.IsFull; i++)
        {
            string near = HostileNames.Misspelt(names[i % names.Count], i);
            string far = Scrambled(names.Count + 1_000_000L + i).ToUpperInvariant() + "q";
            claims.WriteLine($"source S says {near} -> {far} 1 USD 2018");
        }
    }

    // Spread over the whole name rather than counting up in its last letters.
    private static string Scrambled(long index) => HostileNames.Nth(index * 2_654_435_761L % 141_167_095_653_376L, NameLength);
}
