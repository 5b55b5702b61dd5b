using System.Text;

namespace ClaimLang.Compilation;

/// <summary>
/// Whether a path is longer than the system can open, said in words with what to do. The
/// system itself answers such a path with "Could not find a part of the path", or with a
/// missing file, which sends the user looking for a file that is there.
/// </summary>
public static class PathLengthLimit
{
    // Linux: a name (one path component) of at most 255 bytes, a path of at most 4,095 (PATH_MAX
    // 4,096 counts the terminating NUL); macOS: 255 and 1,023. Windows opens long paths itself.
    private static readonly (int Name, int Path)? Limits =
        OperatingSystem.IsLinux() ? (255, 4095)
        : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? (255, 1023)
        : null;

    /// <summary>
    /// Null when the system can open <paramref name="fullPath"/>; else why not, and what to do.
    /// <paramref name="nameReserve"/> bytes are kept free in the last name, for a file written
    /// beside it under a longer name.
    /// </summary>
    public static string? WhyTooLong(string fullPath, int nameReserve = 0)
    {
        if (Limits is not var (nameLimit, pathLimit)) return null;
        if (fullPath.Length * 3 + nameReserve <= nameLimit) return null; // no UTF-16 character takes more than 3 bytes in UTF-8
        string[] names = fullPath.Split(Path.DirectorySeparatorChar);
        for (int i = 0; i < names.Length; i++)
        {
            int bytes = Encoding.UTF8.GetByteCount(names[i]);
            int allowed = i == names.Length - 1 ? nameLimit - nameReserve : nameLimit;
            if (bytes > allowed)
            {
                return $"the name '{Abbreviated(names[i])}' is {bytes} bytes long, and the system allows at most {allowed} here; rename it or give a shorter name";
            }
        }
        int pathBytes = Encoding.UTF8.GetByteCount(fullPath);
        return pathBytes + nameReserve > pathLimit
            ? $"its full path is {pathBytes} bytes long, and the system allows at most {pathLimit - nameReserve} here; move the project to a shorter folder or shorten the folder names in it"
            : null;
    }

    /// <summary>A long path or name as its start and end, for a message: the whole of it would bury what the message says.</summary>
    public static string Abbreviated(string text) => text.Length <= 100 ? text : $"{text[..48]}…{text[^48..]}";
}
