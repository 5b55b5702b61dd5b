namespace ClaimLang.Cli.Building;

/// <summary>
/// A full path with the symbolic links of its existing part followed, so that two spellings of
/// one folder (a link to it, or a link to one of its parents) compare equal. The part that does
/// not exist yet is kept as written.
/// </summary>
internal static class ResolvedPath
{
    // Beyond this many links on one path it is a loop; the path is then compared as written.
    private const int MaxLinks = 40;

    public static string Of(string fullPath)
    {
        int links = 0;
        return Resolve(Path.GetFullPath(fullPath), ref links);
    }

    /// <summary>
    /// Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both
    /// resolved); case is ignored where the platform's file systems usually ignore it.
    /// </summary>
    public static bool IsSameOrInside(string path, string folder) => Compilation.FolderPaths.RelativeInside(folder, path) is not null;

    private static string Resolve(string full, ref int links)
    {
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        string[] parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            string next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next); // lstat: also sees a link to a folder
            if (!info.Exists && !Directory.Exists(next) && info.LinkTarget is null)
                return Path.Combine([next, .. parts[(i + 1)..]]); // the rest does not exist yet
            if (info.LinkTarget is not null)
            {
                if (++links > MaxLinks) return full;
                string target = Path.GetFullPath(info.LinkTarget, current);
                next = Resolve(target, ref links); // the target's own parents may be links
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
