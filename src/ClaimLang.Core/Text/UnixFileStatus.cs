using System.Runtime.InteropServices;

namespace ClaimLang.Text;

/// <summary>
/// What the file system says of a file that .NET does not: its type (a FIFO, socket or device
/// cannot be told from a regular file without opening it), its owner and group, and how many
/// names it has. From <c>statx</c>, on Linux only; elsewhere <see cref="Of"/> answers null.
/// </summary>
/// <param name="Type">The file type bits of the mode (<c>S_IFMT</c>): 0x8000 a regular file, 0x1000 a FIFO, 0xC000 a socket, 0x2000 or 0x6000 a device.</param>
public sealed record UnixFileStatus(int Type, uint Owner, uint Group, uint Links)
{
    /// <summary>A FIFO, socket or device, by name; null for a regular file, a folder or a link.</summary>
    public string? SpecialKind => Type switch
    {
        0x1000 => "FIFO",
        0xC000 => "socket",
        0x2000 or 0x6000 => "device",
        _ => null,
    };

    /// <summary>The status of the file at <paramref name="path"/>, links followed; null where it cannot be had (not Linux, no such file).</summary>
    public static UnixFileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            Span<byte> buffer = stackalloc byte[256];
            if (Native.StatX(Native.AtCurrentDirectory, path, 0, Native.StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
            // struct statx has one layout on every Linux architecture:
            // stx_nlink u32 at 16, stx_uid u32 at 20, stx_gid u32 at 24, stx_mode u16 at 28.
            return new UnixFileStatus(
                BitConverter.ToUInt16(buffer[28..30]) & 0xF000,
                BitConverter.ToUInt32(buffer[20..24]),
                BitConverter.ToUInt32(buffer[24..28]),
                BitConverter.ToUInt32(buffer[16..20]));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library without statx
        }
    }

    /// <summary>Gives the file at <paramref name="path"/> this owner and group; false when that is not allowed or not possible here.</summary>
    public bool TryApplyOwnerTo(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Native.Chown(path, Owner, Group) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
