namespace ClaimLang.Bench.Hostile;

/// <summary>One claim with every qualifier repeated until the input is full: notes, cites, as-of dates, statuses.</summary>
internal sealed class RepeatedQualifiersInput : IHostileInput
{
    public string Kind => "qualifiers";

    public string Attack => "one claim with its qualifiers repeated a hundred thousand times: their checks and the claim's row";

    public void Write(string folder, long bytes)
    {
        using var file = new ClaimFileWriter(Path.Combine(folder, "qualifiers.claim"), bytes);
        file.WriteLine("source S");
        file.WriteLine("entity A");
        file.WriteLine("entity B");
        file.WriteLine("source S says A -> B 1 USD 2018");
        for (int i = 0; !file.IsFull; i++)
        {
            file.WriteLine($"  note \"n{i}\" cite \"https://example.org/{i}\" as of 2019-{1 + i % 12:00} status estimate");
        }
    }
}
