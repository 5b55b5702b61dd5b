using ClaimLang.Syntax;
using ClaimLang.Text;

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

    /// <summary>
    /// Reads and parses every file of the corpus several at a time, as claimc's SourceFileParser
    /// does (that one lives in the command-line tool, which this benchmark does not reference),
    /// so that the stage figures are those of a real check.
    /// </summary>
    public static SyntaxTree[] ParseInParallel(string directory)
    {
        string[] files = Find(directory);
        var trees = new SyntaxTree[files.Length];
        Parallel.For(0, files.Length, i => trees[i] = SyntaxTree.ParseText(SourceFile.ReadAllText(files[i]), files[i]));
        return trees;
    }
}
