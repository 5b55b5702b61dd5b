namespace ClaimLang.Compilation;

/// <summary>
/// Whether a path lies in a folder, and where: the one test every part of claimc that draws a
/// line around the project uses (documents' paths, the files it may read, the globs' folder, the
/// folders a walk reaches, the output folder a build may replace).
/// </summary>
public static class FolderPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="folder"/> (both full; the system's
    /// separators; <c>.</c> for the folder itself), or null when it lies outside it: above it,
    /// or on another drive.
    /// </summary>
    public static string? RelativeInside(string folder, string path)
    {
        string relative = Path.GetRelativePath(folder, path);
        bool outside = relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("../", StringComparison.Ordinal)
            || Path.IsPathFullyQualified(relative);
        return outside ? null : relative;
    }
}
