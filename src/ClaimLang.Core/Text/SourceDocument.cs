namespace ClaimLang.Text;

/// <summary>
/// Which file a text is. <see cref="Path"/> names it in the project: relative to the project
/// root with <c>/</c> separators, the spelling the dataset and unlabelled claim ids use, so they
/// are the same from whichever folder a command runs. <see cref="FullPath"/> is where it lies on
/// disk, when it does: hosts print paths relative to their current folder, and an editor's
/// document is found by it.
/// </summary>
/// <param name="Path">The file's path in the project (for a text with no project: whatever name it was given).</param>
/// <param name="FullPath">The absolute path on disk; null for a text that is not a file (a test's string, an unsaved buffer).</param>
public sealed record SourceDocument(string Path, string? FullPath = null)
{
    /// <summary>A document known only by a name (a test's text, a buffer with no file).</summary>
    public static SourceDocument Named(string path) => new(path);

    public override string ToString() => Path;
}
