namespace ClaimLang.Cli.Building;

/// <summary>
/// Replaces a dataset folder as a whole or not at all: the new dataset is written into a
/// folder beside it, which then takes its place by two renames (the old folder aside, the new
/// one in). Until the second rename the old dataset is complete under its name or beside it;
/// a build that fails or is killed before leaves it untouched, and only a hidden folder behind.
/// </summary>
internal static class DatasetFolder
{
    /// <summary>Writes through <paramref name="write"/> into a fresh folder, then moves it to <paramref name="folder"/>.</summary>
    public static void Replace(string folder, Action<string> write)
    {
        string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? throw new IOException($"cannot write a dataset at the root of a drive ('{full}')");
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(full);
        string fresh = Path.Combine(parent, $".{name}.claimc-new-{Environment.ProcessId}");
        string old = Path.Combine(parent, $".{name}.claimc-old-{Environment.ProcessId}");
        DeleteIfThere(fresh);
        try
        {
            write(fresh);
            if (File.Exists(full)) throw new IOException($"'{folder}' is a file, not a folder");
            if (Directory.Exists(full))
            {
                DeleteIfThere(old);
                Directory.Move(full, old);
            }
            Directory.Move(fresh, full);
        }
        catch
        {
            // Put the old dataset back if it was moved aside, and leave nothing half-written.
            if (!Directory.Exists(full) && Directory.Exists(old)) Directory.Move(old, full);
            DeleteIfThere(fresh);
            throw;
        }
        DeleteIfThere(old);
    }

    private static void DeleteIfThere(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
