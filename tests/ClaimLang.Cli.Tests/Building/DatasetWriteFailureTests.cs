using ClaimLang.Cli.Building;
using Microsoft.Data.Sqlite;

namespace ClaimLang.Cli.Tests.Building;

/// <summary>
/// Which failures of writing a dataset are the disk's (exit 2 with the reason) and which of those
/// say it is full. The database is written beside the text files, so on a full disk either may
/// be the one that fails; SQLite's report is constructed here because which one fails first
/// depends on timing.
/// </summary>
public sealed class DatasetWriteFailureTests
{
    [Fact]
    public void SQLite_finding_the_disk_full_is_a_full_disk()
    {
        var failure = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);

        DatasetWriteFailure.IsTheDisks(failure).ShouldBeTrue();
        DatasetWriteFailure.IsDiskFull(failure).ShouldBeTrue();
    }

    [Theory]
    [InlineData(3)] // SQLITE_PERM
    [InlineData(8)] // SQLITE_READONLY
    [InlineData(10)] // SQLITE_IOERR
    [InlineData(10 | (13 << 8))] // SQLITE_IOERR_FSYNC, an extended code of the same
    [InlineData(14)] // SQLITE_CANTOPEN
    public void SQLite_failing_to_read_or_write_the_disk_is_the_disks_failure(int code)
    {
        var failure = new SqliteException($"SQLite Error {code}", code);

        DatasetWriteFailure.IsTheDisks(failure).ShouldBeTrue();
        DatasetWriteFailure.IsDiskFull(failure).ShouldBeFalse();
    }

    [Fact]
    public void Another_SQLite_error_is_a_bug_in_claimc()
    {
        var failure = new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19);

        DatasetWriteFailure.IsTheDisks(failure).ShouldBeFalse();
    }

    [SkippableFact]
    public void No_space_left_on_a_Unix_disk_is_a_full_disk()
    {
        Skip.If(OperatingSystem.IsWindows(), "errno values are Unix's");

        DatasetWriteFailure.IsDiskFull(new IOException("No space left on device", 28)).ShouldBeTrue();
        DatasetWriteFailure.IsDiskFull(new IOException("Read-only file system", 30)).ShouldBeFalse();
    }

    [Fact]
    public void Another_failure_is_not_the_disks()
    {
        DatasetWriteFailure.IsTheDisks(new InvalidOperationException("a bug")).ShouldBeFalse();
        DatasetWriteFailure.IsDiskFull(new UnauthorizedAccessException("denied")).ShouldBeFalse();
    }
}
