using System.Text;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>Reads and writes .claim files exactly: no BOM is stripped and no line ending is changed.</summary>
internal static class SourceFiles
{
    // File.ReadAllText drops a leading BOM; the parser must see it, since it keeps every character.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    public static void Write(string path, string text) => File.WriteAllText(path, text, Utf8);

    /// <summary>Every .claim file under the repository's examples/ folder, as paths relative to it with '/' separators.</summary>
    public static IReadOnlyList<string> ExampleFiles()
    {
        string folder = RepositoryLayout.ExamplesFolder;
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.claim", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string ReadExample(string relativePath) => Read(Path.Combine(RepositoryLayout.ExamplesFolder, relativePath));
}
