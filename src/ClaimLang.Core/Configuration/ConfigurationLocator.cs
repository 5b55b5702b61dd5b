namespace ClaimLang.Configuration;

/// <summary>
/// Finds the <c>claimlang.json</c> that applies to a run: "the nearest one above the checked
/// paths" (docs/language.md, "Configuration"), made precise for several paths. The search starts in the
/// deepest folder that holds every checked path (a file counts as its folder; so does a path
/// that does not exist) and goes up to the file system's root; the first folder with a file
/// named <c>claimlang.json</c> wins. One run has one configuration, so checking two projects
/// with their own files at once uses the one above both, if any: check them one at a time.
/// </summary>
internal static class ConfigurationLocator
{
    // Windows and macOS compare paths ignoring case by default; Linux does not.
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path of the configuration file for <paramref name="checkedPaths"/> (relative
    /// ones against <paramref name="currentDirectory"/>; none means the current folder), or null
    /// when there is none, or when the paths share no folder (different Windows drives).
    /// </summary>
    public static string? FindNearest(IReadOnlyList<string> checkedPaths, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(checkedPaths);
        for (string? folder = SearchStart(checkedPaths, currentDirectory); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            string candidate = Path.Combine(folder, ClaimLangConfiguration.FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The deepest folder that holds every checked path, where the search starts; null when they share none.</summary>
    public static string? SearchStart(IReadOnlyList<string> checkedPaths, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(checkedPaths);
        string root = Path.GetFullPath(currentDirectory);
        IEnumerable<string> paths = checkedPaths.Count == 0 ? ["."] : checkedPaths;
        string? common = null;
        bool first = true;
        foreach (string path in paths)
        {
            string folder = FolderOf(Path.GetFullPath(path, root));
            common = first ? folder : CommonAncestor(common, folder);
            first = false;
        }
        return common;
    }

    private static string FolderOf(string fullPath)
    {
        string trimmed = Path.TrimEndingDirectorySeparator(fullPath);
        return Directory.Exists(trimmed) ? trimmed : Path.GetDirectoryName(trimmed) ?? trimmed;
    }

    private static string? CommonAncestor(string? ancestor, string folder)
    {
        for (string? candidate = ancestor; candidate is not null; candidate = Path.GetDirectoryName(candidate))
        {
            if (IsSameOrInside(folder, candidate)) return candidate;
        }
        return null;
    }

    private static bool IsSameOrInside(string folder, string ancestor)
    {
        if (string.Equals(folder, ancestor, PathComparison)) return true;
        // A root ("/", "C:\") already ends with a separator; other folders need one added, so
        // that /data/a2 is not taken to be inside /data/a.
        string prefix = Path.EndsInDirectorySeparator(ancestor) ? ancestor : ancestor + Path.DirectorySeparatorChar;
        return folder.StartsWith(prefix, PathComparison);
    }
}
