namespace ClaimLang.Cli.Building;

/// <summary>
/// The file-system steps <see cref="DatasetFolder"/> replaces a dataset with: exchanging two
/// folders, renaming one and deleting one. Internal; tests derive from it to make one step fail
/// and check that the output path still holds the old dataset or the new one.
/// </summary>
internal class DatasetFileOperations
{
    public static DatasetFileOperations Disk { get; } = new();

    /// <summary>The disk's operations, or, when a test sets <see cref="SelfKillingFileOperations.Variable"/>, ones that kill this process at a chosen step.</summary>
    public static DatasetFileOperations ForThisProcess() => SelfKillingFileOperations.FromEnvironment() ?? Disk;

    public virtual void Move(string from, string to) => Directory.Move(from, to);

    /// <summary>Swaps two folders in one step; false, with nothing changed, where the file system cannot (see <see cref="LinuxRename.TryExchange"/>).</summary>
    public virtual bool Exchange(string first, string second) => LinuxRename.TryExchange(first, second);

    /// <summary>
    /// Deletes a folder and what it holds, the dataset's descriptor last: a deletion cut short
    /// leaves a folder still marked as a dataset claimc wrote, which the next build removes.
    /// </summary>
    public virtual void Delete(string folder)
    {
        if (new FileInfo(folder).LinkTarget is not null)
        {
            File.Delete(folder); // a link to a dataset elsewhere: the link goes, what it leads to stays
            return;
        }
        string descriptor = Path.Combine(folder, "datapackage.json");
        foreach (string entry in Directory.EnumerateFileSystemEntries(folder).ToList())
        {
            if (string.Equals(entry, descriptor, StringComparison.Ordinal)) continue;
            if (Directory.Exists(entry) && new FileInfo(entry).LinkTarget is null) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
        Directory.Delete(folder, recursive: true);
    }
}
