using System.Runtime.InteropServices;

namespace ClaimLang.Text;

/// <summary>The C library calls <see cref="UnixFileStatus"/> makes (source-generated, so Native AOT needs no reflection).</summary>
internal static partial class Native
{
    public const int AtCurrentDirectory = -100;
    public const uint StatxBasicStats = 0x7FF;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int StatX(int directory, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Chown(string path, uint owner, uint group);
}
