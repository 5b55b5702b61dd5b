using ClaimLang.Compilation;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Reads and parses the discovered files, several at a time: each file's tree is independent,
/// and the lexer's shared tables are safe for concurrent use (docs/performance.md).
/// </summary>
internal static class SourceFileParser
{
    /// <summary>One tree per file of <paramref name="discovery"/>, in the same order. Trees carry the display path.</summary>
    /// <exception cref="CliErrorException">A file cannot be read; the first such file in display order is named.</exception>
    public static IReadOnlyList<SyntaxTree> ParseAll(SourceFileDiscovery discovery, CheckProgress? progress = null)
    {
        var files = discovery.Files;
        progress?.StartParsing(files.Length);
        var trees = new SyntaxTree?[files.Length];
        var failures = new Exception?[files.Length];

        Parallel.For(0, files.Length, i =>
        {
            try
            {
                string text = SourceFile.ReadAllText(discovery.GetFullPath(files[i]));
                trees[i] = SyntaxTree.ParseText(SourceText.From(text), files[i]);
                progress?.FileParsed();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });

        for (int i = 0; i < files.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                throw new CliErrorException($"cannot read '{files[i]}': {failure.Message}", failure);
            }
        }
        return trees!;
    }
}
