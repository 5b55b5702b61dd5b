using System.Runtime.InteropServices;

namespace ClaimLang.Compilation;

/// <summary>
/// Whether a file a project selects may be read: only regular files under the project root
/// are, so that a checked repository cannot make claimc read, print or wait on anything
/// else (docs/reliability.md). Links are followed while their final target stays under the
/// root; FIFOs, sockets and devices are never opened (on Linux, where their kind is known
/// without opening them); files over <see cref="MaxFileBytes"/> are refused.
/// </summary>
internal static partial class ProjectFileCheck
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
            if (rootDirectory.Length > 0 && !IsUnder(target, rootDirectory))
                return "it is a link whose target lies outside the project root";
            file = new FileInfo(target);
        }
        if (!file.Exists) return null;
        if (KindOf(target) is { } kind) return $"it is a {kind}, not a regular file";
        if (file.Length > MaxFileBytes)
            return $"it is larger than the {MaxFileBytes / (1024 * 1024)} MiB a claim file may be";
        return null;
    }

    private static bool IsUnder(string path, string folder)
    {
        string relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathFullyQualified(relative);
    }

    // The kind of a file that is not regular ("FIFO", "socket", "device"), from statx's mode;
    // null for a regular file, and wherever the kind cannot be told without opening the file.
    private static string? KindOf(string fullPath)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            Span<byte> buffer = stackalloc byte[256];
            if (StatX(AtCurrentDirectory, fullPath, 0, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
            // struct statx has the same layout on every Linux architecture: stx_mode is the u16 at 28.
            int type = BitConverter.ToUInt16(buffer[28..30]) & 0xF000;
            return type switch
            {
                0x1000 => "FIFO",
                0xC000 => "socket",
                0x2000 or 0x6000 => "device",
                _ => null,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library without statx: the kind stays unknown
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatX(int directory, string path, int flags, uint mask, ref byte buffer);
}
