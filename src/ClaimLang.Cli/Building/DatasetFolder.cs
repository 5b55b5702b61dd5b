using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Building;

/// <summary>
/// Replaces a dataset folder as a whole or not at all. The new dataset is written into a hidden
/// folder beside it (<c>.NAME.claimc-new-PID</c>) and then exchanged with the old one in a single
/// step where the file system offers it (Linux's <c>renameat2</c> with <c>RENAME_EXCHANGE</c>),
/// so the output path holds the old dataset or the new one at every moment, even when the process
/// is killed; the old one, now at the hidden name, is deleted last. Elsewhere the old one is
/// renamed aside (<c>.NAME.claimc-old-PID</c>), the new one renamed in, and only then the old one
/// deleted; a failed step puts the old one back, and only a kill between those two renames leaves
/// the path empty for a moment, with the old dataset beside it. The next build puts it back first,
/// and removes what other interrupted builds left that is marked as theirs.
/// </summary>
internal static class DatasetFolder
{
    /// <summary>Writes through <paramref name="write"/> into a fresh folder, then moves it to <paramref name="folder"/>.</summary>
    public static void Replace(string folder, Action<string> write) => Replace(folder, write, DatasetFileOperations.ForThisProcess());

    internal static void Replace(string folder, Action<string> write, DatasetFileOperations files)
    {
        string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? throw new IOException($"cannot write a dataset at the root of a drive ('{full}')");
        if (File.Exists(full)) throw new IOException($"'{folder}' is a file, not a folder");
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(full);
        RecoverLeftovers(parent, name, full, files);
        string fresh = Path.Combine(parent, $".{name}.claimc-new-{Environment.ProcessId}");
        string old = Path.Combine(parent, $".{name}.claimc-old-{Environment.ProcessId}");
        foreach (string own in new[] { fresh, old }) // named after this process, so no other build's
        {
            if (Directory.Exists(own)) files.Delete(own);
        }
        try
        {
            write(fresh);
        }
        catch
        {
            TryDelete(fresh, files); // never a partial dataset left behind
            throw;
        }

        bool replacing = Directory.Exists(full);
        if (replacing && Exchange(fresh, full, files))
        {
            // The old dataset is at the name the new one was written under; failing to delete it is no
            // reason to fail the build (see below).
            TryDelete(fresh, files);
            return;
        }
        if (replacing)
        {
            try
            {
                files.Move(full, old);
            }
            catch
            {
                TryDelete(fresh, files);
                throw;
            }
        }
        try
        {
            files.Move(fresh, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                if (replacing) PutBack(old, full, folder, e, files);
            }
            finally
            {
                TryDelete(fresh, files);
            }
            throw;
        }
        // The new dataset is in place: a failure to delete the old one leaves a hidden folder,
        // still marked as ours, that the next build removes; it is no reason to fail this one.
        if (replacing) TryDelete(old, files);
    }

    // True when the new dataset took the old one's place in one step; false when the file system
    // cannot exchange, and nothing moved. A failed exchange changed nothing either: the new one goes.
    private static bool Exchange(string fresh, string full, DatasetFileOperations files)
    {
        try
        {
            return files.Exchange(fresh, full);
        }
        catch
        {
            TryDelete(fresh, files);
            throw;
        }
    }

    private static void PutBack(string old, string full, string folder, Exception failure, DatasetFileOperations files)
    {
        try
        {
            files.Move(old, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{failure.Message}; the previous dataset could not be put back ({e.Message}) and is kept " +
                                  $"beside '{folder}' as '{Path.GetFileName(old)}': the next build puts it back", failure);
        }
    }

    // An interrupted build leaves hidden folders beside the output. Killed between the two
    // renames, the old dataset is beside its name: put it back. Then remove the leftovers that are
    // marked as datasets claimc wrote (or are empty); one of a build still running is left alone.
    private static void RecoverLeftovers(string parent, string name, string full, DatasetFileOperations files)
    {
        var pattern = new Regex("^\\." + Regex.Escape(name) + "\\.claimc-(old|new)-([0-9]{1,9})$", RegexOptions.CultureInvariant);
        var leftovers = new List<(string Path, bool Old)>();
        foreach (string candidate in Directory.EnumerateDirectories(parent))
        {
            Match match = pattern.Match(Path.GetFileName(candidate));
            if (match.Success && !IsOtherRunningProcess(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
                leftovers.Add((candidate, match.Groups[1].Value == "old"));
        }
        leftovers.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        if (!Directory.Exists(full) && leftovers.FirstOrDefault(l => l.Old && DatasetWriter.IsDataset(l.Path)) is { Path: not null } previous)
        {
            files.Move(previous.Path, full);
            leftovers.Remove(previous);
        }
        foreach (var (path, _) in leftovers)
        {
            if (DatasetWriter.IsDataset(path) || !Directory.EnumerateFileSystemEntries(path).Any()) TryDelete(path, files);
        }
    }

    private static bool IsOtherRunningProcess(int processId)
    {
        if (processId == Environment.ProcessId) return false; // this build has not started writing yet
        try
        {
            using Process process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder, DatasetFileOperations files)
    {
        try
        {
            if (Directory.Exists(folder)) files.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind as a hidden folder; the failure that matters is the caller's.
        }
    }
}
