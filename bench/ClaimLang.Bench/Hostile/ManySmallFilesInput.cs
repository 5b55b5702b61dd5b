namespace ClaimLang.Bench.Hostile;

/// <summary>The input as files of about 100 bytes, a thousand to a folder: the cost per file.</summary>
internal sealed class ManySmallFilesInput : IHostileInput
{
    public string Kind => "files";

    public string Attack => "files of 100 bytes, tens of thousands of them: discovery, reading and the work per file";

    public void Write(string folder, long bytes)
    {
        using (var shared = new ClaimFileWriter(Path.Combine(folder, "shared.claim"), 0))
        {
            shared.WriteLine("source S");
            shared.WriteLine("entity B");
        }
        long written = 0;
        for (int i = 0; written < bytes; i++)
        {
            string subfolder = Path.Combine(folder, $"f{i / 1000:0000}");
            if (i % 1000 == 0) Directory.CreateDirectory(subfolder);
            string entity = "e" + HostileNames.Nth(i, 6);
            using var file = new ClaimFileWriter(Path.Combine(subfolder, $"{entity}.claim"), 0);
            file.WriteLine($"entity {entity} \"entity of file {i}\"");
            file.WriteLine($"source S says {entity} -> B {i + 1} USD 2018 as of 2019-01");
            written += file.Written;
        }
    }
}
