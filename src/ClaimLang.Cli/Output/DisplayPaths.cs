using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// How claimc names a document in what it prints: relative to the folder it runs in, with
/// <c>/</c> separators, whatever the project root is (a document's own path is relative to the
/// project root, for the dataset). A document that is no file keeps its name.
/// </summary>
internal sealed class DisplayPaths(string currentDirectory)
{
    private readonly Dictionary<SourceDocument, string> _known = [];

    /// <summary>Names documents by their own path, as tests that format diagnostics of strings expect.</summary>
    public static DisplayPaths AsGiven { get; } = new(string.Empty);

    public string Of(Location location) => Of(location.Document);

    public string Of(SourceDocument document)
    {
        if (document.FullPath is null || currentDirectory.Length == 0) return document.Path;
        lock (_known)
        {
            if (!_known.TryGetValue(document, out string? path))
            {
                path = SourceFileDiscovery.ToDisplayPath(document.FullPath, currentDirectory);
                _known[document] = path;
            }
            return path;
        }
    }
}
