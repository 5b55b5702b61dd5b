using ClaimLang.Text;

namespace ClaimLang.Compilation;

/// <summary>
/// Whether a file a project selects may be read: only regular files under the project root
/// are, so that a checked repository cannot make claimc read, print or wait on anything
/// else (docs/reliability.md). Links are followed while their final target stays under the
/// root; FIFOs, sockets and devices are never opened (on Linux, where their kind is known
/// without opening them); files over <see cref="MaxFileBytes"/> are refused.
/// </summary>
internal static class ProjectFileCheck
{
    /// <summary>The largest claim file read: 32 MiB.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Why the file at <paramref name="fullPath"/> must not be read, or null when it may be (or does not exist: reading it then fails as usual).</summary>
    public static string? WhyNotRead(string fullPath, string rootDirectory)
    {
        var file = new FileInfo(fullPath);
        string target = fullPath;
        if (file.LinkTarget is not null)
        {
            FileSystemInfo? final = File.ResolveLinkTarget(fullPath, returnFinalTarget: true);
            if (final is null) return null;
            target = final.FullName;
            if (rootDirectory.Length > 0 && FolderPaths.RelativeInside(rootDirectory, target) is null)
                return "it is a link whose target lies outside the project root";
            file = new FileInfo(target);
        }
        if (!file.Exists) return null;
        if (UnixFileStatus.Of(target)?.SpecialKind is { } kind) return $"it is a {kind}, not a regular file";
        if (file.Length > MaxFileBytes)
            return $"it is larger than the {MaxFileBytes / (1024 * 1024)} MiB a claim file may be";
        return null;
    }
}
