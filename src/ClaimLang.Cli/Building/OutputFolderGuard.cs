using ClaimLang.Compilation;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Building;

/// <summary>
/// Refuses an output folder that a build would destroy something in: <c>claimc build</c>
/// replaces its output folder as a whole, so the folder must not hold the project (its root or
/// an ancestor of it, a folder with a checked file or the <c>claimlang.json</c>) nor anything
/// else that is not a dataset claimc wrote. A missing or empty folder is fine. Checked before
/// anything is written; symbolic links are followed, so a link to the project is the project.
/// </summary>
internal static class OutputFolderGuard
{
    /// <exception cref="CliErrorException">The folder must not be replaced.</exception>
    public static void Check(string given, string currentDirectory, ProjectLayout layout)
    {
        string output = ResolvedPath.Of(Path.GetFullPath(given, currentDirectory));
        bool holdsProject = (layout.RootDirectory.Length > 0 && ResolvedPath.IsSameOrInside(ResolvedPath.Of(layout.RootDirectory), output))
                            || layout.Documents.Any(d => d.FullPath is { } file && ResolvedPath.IsSameOrInside(ResolvedPath.Of(file), output));
        if (holdsProject)
        {
            throw new CliErrorException($"'-o {given}' would replace a folder that holds the project's files; " +
                                        "write the dataset to a folder of its own, such as -o out/dataset");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !DatasetWriter.IsDataset(output))
        {
            throw new CliErrorException($"'-o {given}' is a folder that holds files but no dataset claimc wrote, and a build " +
                                        "replaces its output folder as a whole; write the dataset to a new or empty folder, " +
                                        "such as -o out/dataset, or empty this one first");
        }
    }
}
