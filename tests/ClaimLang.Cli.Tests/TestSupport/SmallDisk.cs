namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// A small file system of its own (a tmpfs of a given size) mounted on a folder, for tests of a
/// full or read-only disk; unmounted on dispose. Mounting needs Linux and root: where it cannot be
/// had, <see cref="TryMount"/> says why, and the test is skipped with that reason.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (as mount takes it: "1m") on <paramref name="folder"/>, creating it; null, with the reason, when that cannot be done here.</summary>
    public static SmallDisk? TryMount(string folder, string size, out string whyNot)
    {
        whyNot = "";
        if (!OperatingSystem.IsLinux())
        {
            whyNot = "a tmpfs of a chosen size is mounted on Linux";
            return null;
        }
        Directory.CreateDirectory(folder);
        CliResult mount = ExternalTool.Run("mount", "mount comes with util-linux", Limit, "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder);
        if (mount.ExitCode == 0) return new SmallDisk(folder);
        whyNot = "mounting a small tmpfs needs root: " + mount.Stderr.Trim();
        return null;
    }

    /// <summary>Makes the file system read-only, as a disk mounted read-only or gone bad is.</summary>
    public void MakeReadOnly() =>
        ExternalTool.Run("mount", "mount comes with util-linux", Limit, "-o", "remount,ro", Folder).ExitCode.ShouldBe(0);

    public void Dispose() => ExternalTool.Run("umount", "umount comes with util-linux", Limit, Folder);
}
