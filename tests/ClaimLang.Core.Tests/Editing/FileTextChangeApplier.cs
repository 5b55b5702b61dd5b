using ClaimLang.Compilation;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Makes the edits of a rename or a quick fix, as an editor would, and compiles the project again.</summary>
internal static class FileTextChangeApplier
{
    /// <summary>
    /// The compilation with every changed file parsed again. The changes must name files of the
    /// compilation and be ordered by position within each file, without overlaps, as the API
    /// promises: <see cref="TextChange.Apply"/> throws otherwise.
    /// </summary>
    public static ClaimCompilation Apply(ClaimCompilation compilation, IEnumerable<FileTextChange> changes)
    {
        foreach (var file in changes.GroupBy(change => change.FilePath, StringComparer.Ordinal))
        {
            SyntaxTree old = compilation.SyntaxTrees.Single(tree => tree.FilePath == file.Key);
            string text = TextChange.Apply(old.Text.Text, file.Select(change => change.Change));
            compilation = compilation.ReplaceSyntaxTree(old, SyntaxTree.ParseText(text, old.FilePath));
        }
        return compilation;
    }

    /// <summary>A file's text in a compilation.</summary>
    public static string TextOf(ClaimCompilation compilation, string path) =>
        compilation.SyntaxTrees.Single(tree => tree.FilePath == path).Text.Text;
}
