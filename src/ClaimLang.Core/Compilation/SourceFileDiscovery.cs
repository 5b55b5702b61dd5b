using System.Collections.Immutable;
using ClaimLang.Configuration;

namespace ClaimLang.Compilation;

/// <summary>
/// Finds the <c>.claim</c> files a command works on, from the paths a user gave (files or
/// folders), as <see cref="ProjectLayout"/> asks it. Files are listed by their path relative
/// to the current folder, with <c>/</c> separators, sorted ordinally; the layout turns each
/// into a document named by its path in the project.
/// </summary>
public sealed class SourceFileDiscovery
{
    public const string FileExtension = ".claim";

    // Build output, package caches and version control hold copies or nothing of interest;
    // walking them would report the same claim twice or waste the run.
    private static readonly ImmutableHashSet<string> SkippedFolderNames =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "bin", "obj", "node_modules", ".git");

    private SourceFileDiscovery(string currentDirectory, ImmutableArray<string> files, ImmutableArray<string> missingPaths,
        ImmutableArray<string> leftOut)
    {
        CurrentDirectory = currentDirectory;
        Files = files;
        MissingPaths = missingPaths;
        LeftOut = leftOut;
    }

    /// <summary>No paths, no files.</summary>
    internal static SourceFileDiscovery Empty { get; } = new(string.Empty, [], [], []);

    /// <summary>The absolute folder display paths are relative to.</summary>
    internal string CurrentDirectory { get; }

    /// <summary>The display paths of the files found, distinct, sorted ordinally.</summary>
    internal ImmutableArray<string> Files { get; }

    /// <summary>The given paths that are neither a file nor a folder, as the user wrote them.</summary>
    public ImmutableArray<string> MissingPaths { get; }

    /// <summary>The full paths of <c>.claim</c> files a folder walk found but the configuration's globs left out, sorted ordinally: why a run may find nothing.</summary>
    internal ImmutableArray<string> LeftOut { get; }

    /// <summary>
    /// Walks <paramref name="paths"/> (relative ones against <paramref name="currentDirectory"/>;
    /// the process' current directory is never read or changed). A folder is searched
    /// recursively for <c>*.claim</c>, skipping bin, obj, node_modules and .git and not following
    /// folder links (a link cycle would never end); a file is taken whatever its extension,
    /// because the user named it. I/O failures while walking propagate as exceptions; a path
    /// longer than the system can open is a <see cref="PathTooLongException"/> that says so.
    /// </summary>
    internal static SourceFileDiscovery Discover(IEnumerable<string> paths, string currentDirectory) =>
        Discover(paths, currentDirectory, configuration: null);

    /// <summary>
    /// As <see cref="Discover(IEnumerable{string}, string)"/>, but with a configuration the files a
    /// folder walk finds are those its <c>include</c> and <c>exclude</c> globs select (relative to
    /// its folder) instead of every <c>*.claim</c>; bin, obj, node_modules and .git are still
    /// skipped. A file named in <paramref name="paths"/> is always taken: the user asked for it.
    /// </summary>
    internal static SourceFileDiscovery Discover(IEnumerable<string> paths, string currentDirectory, ClaimLangConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string root = Path.GetFullPath(currentDirectory);
        Func<string, bool> isSourceFile = configuration is null
            ? fullPath => fullPath.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase)
            : new SourceFileFilter(configuration).IsIncluded;
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        var missing = ImmutableArray.CreateBuilder<string>();

        foreach (string path in paths)
        {
            string fullPath = Path.GetFullPath(path, root);
            ThrowIfTooLong(fullPath, root);
            if (File.Exists(fullPath)) files.Add(ToDisplayPath(fullPath, root));
            else if (Directory.Exists(fullPath)) AddFolder(fullPath, root, isSourceFile, files, leftOut);
            else missing.Add(path);
        }

        return new SourceFileDiscovery(root, [.. files], missing.ToImmutable(), [.. leftOut]);
    }

    /// <summary>The display path of a file: relative to <paramref name="currentDirectory"/> with <c>/</c> separators, or absolute (still with <c>/</c>) when no relative path exists, as across Windows drives.</summary>
    public static string ToDisplayPath(string fullPath, string currentDirectory)
    {
        string relative = Path.GetRelativePath(currentDirectory, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
    }

    /// <summary>The absolute path of a file this discovery found, for reading it.</summary>
    internal string GetFullPath(string displayPath) => Path.GetFullPath(displayPath, CurrentDirectory);

    /// <summary>
    /// Whether a folder walk from <paramref name="root"/> would reach <paramref name="fullPath"/>:
    /// it lies under the root and under none of the folders a walk skips (bin, obj, node_modules,
    /// .git). The language server asks this of files it hears about one at a time.
    /// </summary>
    internal static bool IsReachableFrom(string root, string fullPath)
    {
        string? relative = FolderPaths.RelativeInside(Path.GetFullPath(root), Path.GetFullPath(fullPath));
        if (relative is null or ".") return false;
        string[] parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (int i = 0; i < parts.Length - 1; i++)
        {
            if (SkippedFolderNames.Contains(parts[i])) return false;
        }
        return true;
    }

    // A path the system cannot open reads as missing, or fails the walk with "Could not find a
    // part of the path": say instead that it is too long, and what to do.
    private static void ThrowIfTooLong(string fullPath, string root)
    {
        if (PathLengthLimit.WhyTooLong(fullPath) is { } why)
        {
            throw new PathTooLongException($"'{PathLengthLimit.Abbreviated(ToDisplayPath(fullPath, root))}' cannot be opened: {why}");
        }
    }

    private static void AddFolder(string folder, string root, Func<string, bool> isSourceFile, SortedSet<string> files, SortedSet<string> leftOut)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            DirectoryInfo current = pending.Pop();
            foreach (FileSystemInfo entry in current.EnumerateFileSystemInfos("*", options))
            {
                // Past the system's limit .NET gives the entry an empty full path, so it is built here.
                ThrowIfTooLong(Path.Join(current.FullName, entry.Name), root);
                if (entry is DirectoryInfo child)
                {
                    if (child.LinkTarget is null && !SkippedFolderNames.Contains(child.Name)) pending.Push(child);
                }
                else if (isSourceFile(entry.FullName))
                {
                    files.Add(ToDisplayPath(entry.FullName, root));
                }
                else if (entry.Name.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase))
                {
                    leftOut.Add(entry.FullName);
                }
            }
        }
    }
}
