using Microsoft.Data.Sqlite;

namespace ClaimLang.Cli.Building;

/// <summary>
/// Tells the failures of writing a dataset that are the disk's, not claimc's: the file system's
/// (an <see cref="IOException"/> or a refused access) and SQLite's reports of the same (a full
/// disk, an I/O error, a file it cannot open or may not write). A full disk is told apart, so the
/// message can say what to do about it.
/// </summary>
internal static class DatasetWriteFailure
{
    private const int NoSpaceLeft = 28; // ENOSPC, the same on Linux and macOS
    private const int QuotaExceeded = 122; // EDQUOT on Linux
    private const int WindowsDiskFull = unchecked((int)0x80070070); // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL

    // SQLite's primary result codes (sqlite3.h).
    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>Whether <paramref name="failure"/> is the disk's (exit 2 with its message), not a bug in claimc.</summary>
    public static bool IsTheDisks(Exception failure) => failure switch
    {
        IOException or UnauthorizedAccessException => true,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqlitePermission or SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCannotOpen,
        _ => false,
    };

    /// <summary>Whether <paramref name="failure"/> says there is no room left on the disk (or in the user's quota of it).</summary>
    public static bool IsDiskFull(Exception failure) => failure switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) == SqliteFull,
        IOException io when OperatingSystem.IsWindows() => io.HResult is WindowsDiskFull or WindowsHandleDiskFull,
        IOException io => io.HResult == NoSpaceLeft || (OperatingSystem.IsLinux() && io.HResult == QuotaExceeded),
        _ => false,
    };
}
