namespace ClaimLang.Bench.Hostile;

/// <summary>
/// Many declared units, and claims each in a distinct unknown unit near one of them and about a
/// distinct undeclared metric: the unit's and the metric's "did you mean".
/// </summary>
internal sealed class UnknownUnitsInput : IHostileInput
{
    private const int NameLength = 8;

    public string Kind => "units";

    public string Attack => "many unknown units and metrics against many declared units: the unit catalogue's suggestions";

    public void Write(string folder, long bytes)
    {
        var units = new List<string>();
        using (var declarations = new ClaimFileWriter(Path.Combine(folder, "declarations.claim"), bytes / 2))
        {
            declarations.WriteLine("source S");
            declarations.WriteLine("entity A");
            for (long i = 0; !declarations.IsFull; i++)
            {
                string unit = HostileNames.Nth(i * 7919, NameLength);
                units.Add(unit);
                declarations.WriteLine($"unit {unit} {{ kind count }}");
            }
        }
        using var claims = new ClaimFileWriter(Path.Combine(folder, "claims.claim"), bytes / 2);
        for (int i = 0; !claims.IsFull; i++)
        {
            string unit = HostileNames.Misspelt(units[i % units.Count], i);
            claims.WriteLine($"source S says A m{HostileNames.Nth(i, NameLength)} 1 {unit} 2018");
        }
    }
}
