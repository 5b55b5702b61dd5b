namespace ClaimLang.Bench.Hostile;

/// <summary>
/// Amounts of a hundred digits (the most a number may have) in every form, and numbers far
/// longer (malformed), each claim about its own entity so that none is compared with another.
/// </summary>
internal sealed class LongNumbersInput : IHostileInput
{
    public string Kind => "numbers";

    public string Attack => "amounts of 100 digits in every form, and numbers of 10,000: exact arithmetic on long numbers";

    public void Write(string folder, long bytes)
    {
        string digits = string.Concat(Enumerable.Range(0, 100).Select(i => (char)('1' + i % 9)));
        string[] amounts =
        [
            digits,
            $"{digits[..50]}.{digits[50..99]}",
            $"~{digits}",
            $"{digits[..99]}..{digits}",
            $">= {digits[..60]}e99",
            $"{digits[..40]}_{digits[..40]}",
        ];
        string tooLong = new('7', 10_000);
        using var file = new ClaimFileWriter(Path.Combine(folder, "numbers.claim"), bytes);
        file.WriteLine("source S");
        file.WriteLine("entity B");
        for (int i = 0; !file.IsFull; i++)
        {
            string entity = "e" + HostileNames.Nth(i, 5);
            string amount = i % 50 == 49 ? tooLong : amounts[i % amounts.Length];
            file.WriteLine($"entity {entity}");
            file.WriteLine($"source S says {entity} -> B {amount} USD 2018");
        }
    }
}
