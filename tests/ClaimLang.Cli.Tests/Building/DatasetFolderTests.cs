using ClaimLang.Cli.Building;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Building;

/// <summary>
/// Replacing a dataset folder with one step failing at a time, through the file system's
/// exchange and through the two renames used where it has none: the output path holds the old
/// dataset or the new one, whole, and nothing half-written is left beside it; what an
/// interrupted build left is put back or removed by the next one.
/// </summary>
public sealed class DatasetFolderTests : IDisposable
{
    private static readonly string Pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => _folder.Combine("out");

    [SkippableFact]
    public void With_the_file_systems_exchange_the_new_dataset_takes_the_old_ones_place_in_one_step()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the exchange is Linux's renameat2");
        WriteDataset(Out, "old");
        var files = new FaultyFileOperations();

        DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), files);

        VersionAt(Out).ShouldBe("new");
        files.Renames.ShouldBe([$".out.claimc-new-{Pid} <-> out"]);
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void Without_an_exchange_the_new_dataset_replaces_the_old_by_two_renames_and_nothing_is_left_beside()
    {
        WriteDataset(Out, "old");
        var files = new FaultyFileOperations(withoutExchange: true);

        DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), files);

        VersionAt(Out).ShouldBe("new");
        files.Renames.ShouldBe([$"out -> .out.claimc-old-{Pid}", $".out.claimc-new-{Pid} -> out"]);
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void A_failed_exchange_leaves_the_old_dataset_in_place_and_nothing_beside()
    {
        WriteDataset(Out, "old");

        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), new FaultyFileOperations(failingExchange: true)));

        VersionAt(Out).ShouldBe("old");
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void A_failed_write_leaves_the_old_dataset_and_no_partial_one()
    {
        WriteDataset(Out, "old");

        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, fresh =>
        {
            WriteDataset(fresh, "new");
            throw new IOException("injected: disk full");
        }, new FaultyFileOperations()));

        VersionAt(Out).ShouldBe("old");
        Entries().ShouldBe(["out"]);
    }

    // 1: the old dataset aside, which then stays in place; 2: the new one in, after which the old one is put back.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failed_rename_leaves_the_old_dataset_in_place_and_nothing_beside(int failingMove)
    {
        WriteDataset(Out, "old");

        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"),
            new FaultyFileOperations(failingMoves: [failingMove], withoutExchange: true)));

        VersionAt(Out).ShouldBe("old");
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void A_failure_to_move_the_first_dataset_in_leaves_no_folder()
    {
        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), new FaultyFileOperations(failingMoves: [1])));

        Entries().ShouldBeEmpty();
    }

    [Fact]
    public void When_the_old_dataset_cannot_be_put_back_the_message_says_where_it_is_and_the_next_build_restores_it()
    {
        WriteDataset(Out, "old");

        IOException failure = Should.Throw<IOException>(() =>
            DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), new FaultyFileOperations(failingMoves: [2, 3], withoutExchange: true)));

        failure.Message.ShouldContain($"kept beside '{Out}' as '.out.claimc-old-{Pid}': the next build puts it back");
        Entries().ShouldBe([$".out.claimc-old-{Pid}"]);
        // The next build puts it back before anything else, even when its own write then fails.
        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, _ => throw new IOException("injected"), new FaultyFileOperations()));
        VersionAt(Out).ShouldBe("old");
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void A_failure_to_delete_the_old_dataset_after_two_renames_keeps_the_new_one_and_the_next_build_removes_the_leftover() =>
        AssertFailedDeletionOfTheOldDataset(new FaultyFileOperations(failingDeletion: "claimc-old", withoutExchange: true), $".out.claimc-old-{Pid}");

    // After the exchange the old dataset is at the name the new one was written under.
    [SkippableFact]
    public void A_failure_to_delete_the_old_dataset_after_the_exchange_keeps_the_new_one_and_the_next_build_removes_the_leftover()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the exchange is Linux's renameat2");
        AssertFailedDeletionOfTheOldDataset(new FaultyFileOperations(failingDeletion: "claimc-new"), $".out.claimc-new-{Pid}");
    }

    private void AssertFailedDeletionOfTheOldDataset(FaultyFileOperations files, string leftover)
    {
        WriteDataset(Out, "old");

        DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), files);

        VersionAt(Out).ShouldBe("new");
        VersionAt(_folder.Combine(leftover)).ShouldBe("old");
        Entries().ShouldBe([leftover, "out"]);
        DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "newer"), new FaultyFileOperations());
        VersionAt(Out).ShouldBe("newer");
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void Leftovers_of_a_build_killed_between_the_renames_are_recovered()
    {
        // Killed after moving the old dataset aside, before moving the new one in; another build's leftover beside.
        WriteDataset(_folder.Combine(".out.claimc-old-" + Pid), "old");
        WriteDataset(_folder.Combine(".out.claimc-new-" + Pid), "new, never moved in");
        WriteDataset(_folder.Combine(".out.claimc-new-999999999"), "of a build long gone");

        Should.Throw<IOException>(() => DatasetFolder.Replace(Out, _ => throw new IOException("injected"), new FaultyFileOperations()));

        VersionAt(Out).ShouldBe("old");
        Entries().ShouldBe(["out"]);
    }

    [Fact]
    public void A_leftover_not_marked_as_a_dataset_is_left_alone()
    {
        _folder.Write(".out.claimc-old-999999999/notes.txt", "not ours\n");

        DatasetFolder.Replace(Out, fresh => WriteDataset(fresh, "new"), new FaultyFileOperations());

        VersionAt(Out).ShouldBe("new");
        File.ReadAllText(_folder.Combine(".out.claimc-old-999999999/notes.txt")).ShouldBe("not ours\n");
    }

    // A stand-in dataset: marked as one claimc wrote, with its version in a file.
    private static void WriteDataset(string folder, string version)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "datapackage.json"), "{ \"profile\": \"data-package\", \"name\": \"claimlang-dataset\" }\n");
        File.WriteAllText(Path.Combine(folder, "claims.csv"), version);
    }

    private static string VersionAt(string folder) => File.ReadAllText(Path.Combine(folder, "claims.csv"));

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
