namespace ClaimLang.Bench.Hostile;

/// <summary>Every line a claim with four problems: three undeclared names and an unknown unit.</summary>
internal sealed class ManyDiagnosticsInput : IHostileInput
{
    public string Kind => "diagnostics";

    public string Attack => "four diagnostics per line in one file: collecting, sorting and printing them";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "errors.claim"), bytes);
        while (!file.IsFull) file.WriteLine("source Q says P -> R 1 XYZ 2018");
    }
}
