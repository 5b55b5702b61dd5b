namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// Every entry under a folder (links not followed), by path relative to it: files with their
/// bytes, folders and links as null. Two snapshots are equal when they name the same entries with
/// the same bytes, so a test can tell that a folder is exactly as it was.
/// </summary>
public static class FolderSnapshot
{
    public static Dictionary<string, byte[]?> Of(string folder)
    {
        var entries = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            foreach (string entry in Directory.GetFileSystemEntries(pending.Pop()))
            {
                string relative = Path.GetRelativePath(folder, entry);
                bool link = new FileInfo(entry).LinkTarget is not null;
                if (Directory.Exists(entry) && !link) pending.Push(entry);
                entries[relative] = File.Exists(entry) && !link ? File.ReadAllBytes(entry) : null;
            }
        }
        return entries;
    }

    /// <summary>Fails, naming the first entry that differs, unless <paramref name="actual"/> holds exactly what <paramref name="expected"/> does.</summary>
    public static void ShouldBeSameAs(this Dictionary<string, byte[]?> actual, Dictionary<string, byte[]?> expected)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) actual[path].ShouldBe(bytes, path);
    }

    public static bool IsSameAs(this Dictionary<string, byte[]?> actual, Dictionary<string, byte[]?> expected) =>
        actual.Count == expected.Count &&
        expected.All(entry => actual.TryGetValue(entry.Key, out byte[]? bytes) &&
                              (bytes is null ? entry.Value is null : entry.Value is not null && bytes.AsSpan().SequenceEqual(entry.Value)));
}
