namespace ClaimLang.Bench;

/// <summary>The .claim files of a corpus folder, in a fixed order.</summary>
internal static class CorpusFiles
{
    public static string[] Find(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no corpus at '{directory}': run bench/parse.sh, which generates it");
        var files = Directory.GetFiles(directory, "*.claim", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
