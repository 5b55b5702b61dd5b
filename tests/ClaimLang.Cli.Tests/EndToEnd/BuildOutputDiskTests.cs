using System.Runtime.Versioning;
using ClaimLang.Bench.Corpus;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// A build whose output cannot be written, because the disk is full, read-only or the folder
/// around the output may not be written: exit 2 with the reason and what to do, the previous
/// dataset byte for byte as it was, and nothing hidden left beside it.
/// </summary>
[UseGermanCulture]
public sealed class BuildOutputDiskTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void A_dataset_that_does_not_fit_on_the_disk_leaves_the_previous_one_and_says_the_disk_is_full()
    {
        using SmallDisk? disk = SmallDisk.TryMount(_folder.Combine("disk"), "1m", out string whyNot);
        Skip.If(disk is null, whyNot);
        Dictionary<string, byte[]?> previous = BuildPrevious("disk/out");
        BenchmarkCorpus.Write(new CorpusOptions(_folder.Combine("large"), Claims: 5000) { ConflictRate = 0 });

        CliResult result = Claimc.Run(_folder.Path, "build", "large", "-o", "disk/out");

        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        result.Stderr.ShouldContain("claimc: error: cannot write the dataset to 'disk/out': the disk is full");
        result.Stderr.ShouldContain("free space on that disk or write the dataset to another with -o, and run again");
        FolderSnapshot.Of(_folder.Combine("disk/out")).ShouldBeSameAs(previous);
        Directory.GetFileSystemEntries(disk.Folder).Select(Path.GetFileName).ShouldBe(["out"]);
    }

    [SkippableFact]
    public void A_read_only_disk_leaves_the_previous_dataset()
    {
        using SmallDisk? disk = SmallDisk.TryMount(_folder.Combine("disk"), "1m", out string whyNot);
        Skip.If(disk is null, whyNot);
        Dictionary<string, byte[]?> previous = BuildPrevious("disk/out");
        disk.MakeReadOnly();

        AssertNotWrittenAndUntouched("disk/out", previous);
    }

    // Root writes through file modes, so this runs only for other users; the read-only disk above is its stand-in for root.
    [SkippableFact]
    [UnsupportedOSPlatform("windows")] // skipped there, first thing
    public void A_parent_folder_that_may_not_be_written_leaves_the_previous_dataset()
    {
        Skip.If(OperatingSystem.IsWindows(), "file modes are Unix's");
        Dictionary<string, byte[]?> previous = BuildPrevious("site/out");
        string site = _folder.Combine("site");
        UnixFileMode mode = File.GetUnixFileMode(site);
        File.SetUnixFileMode(site, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Skip.If(CanCreateFileIn(site), "this user (root) may write into a folder whatever its mode says");
            AssertNotWrittenAndUntouched("site/out", previous);
        }
        finally
        {
            File.SetUnixFileMode(site, mode);
        }
    }

    private Dictionary<string, byte[]?> BuildPrevious(string output)
    {
        SmallProject.Write(_folder, "claims");
        CliResult result = Claimc.Run(_folder.Path, "build", "claims", "-o", output);
        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        SmallProject.AddClaim(_folder, "claims");
        return FolderSnapshot.Of(_folder.Combine(output));
    }

    private void AssertNotWrittenAndUntouched(string output, Dictionary<string, byte[]?> previous)
    {
        CliResult result = Claimc.Run(_folder.Path, "build", "claims", "-o", output);

        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        result.Stderr.ShouldContain($"claimc: error: cannot write the dataset to '{output}': ");
        FolderSnapshot.Of(_folder.Combine(output)).ShouldBeSameAs(previous);
        Directory.GetFileSystemEntries(Path.GetDirectoryName(_folder.Combine(output))!).Select(Path.GetFileName).ShouldBe(["out"]);
    }

    private static bool CanCreateFileIn(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
