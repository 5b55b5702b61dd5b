using System.Diagnostics;
using System.Globalization;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Bench;

/// <summary>
/// Parses a whole corpus once in a fresh process, keeping every tree as a check does, and
/// prints one line of figures. The time includes reading the files and the JIT's first run
/// of the parser. Files are parsed one after another, as when the parsing figures in
/// docs/performance.md were first recorded, so they stay comparable; claimc parses several
/// at a time (its parse stage is timed by <see cref="CheckProfile"/>).
/// </summary>
internal static class ParseBenchmark
{
    public static int Run(string directory)
    {
        var clock = Stopwatch.StartNew();
        string[] files = CorpusFiles.Find(directory);
        var trees = new SyntaxTree[files.Length];
        long chars = 0;
        for (int i = 0; i < files.Length; i++)
        {
            string text = SourceFile.ReadAllText(files[i]);
            chars += text.Length;
            trees[i] = SyntaxTree.ParseText(text, files[i]);
        }
        double seconds = clock.Elapsed.TotalSeconds;

        int claims = 0, declarations = 0, diagnostics = 0;
        foreach (var tree in trees)
        {
            foreach (var member in tree.Root.Members)
            {
                if (member is ClaimSyntax) claims++;
                else declarations++;
            }
            diagnostics += tree.Diagnostics.Length;
        }
        double megabytes = chars / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse {directory}: {files.Length} files, {megabytes:F1} MB, {claims} claims, {declarations} declarations, {diagnostics} diagnostics; " +
            $"{seconds:F2} s, {claims / seconds:F0} claims/s, {megabytes / seconds:F1} MB/s, peak {PeakMemory.Bytes() / 1048576.0:F0} MiB, " +
            $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        GC.KeepAlive(trees);
        return diagnostics == 0 ? 0 : 1;
    }
}
