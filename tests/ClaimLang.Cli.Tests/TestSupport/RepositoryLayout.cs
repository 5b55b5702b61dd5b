namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>Where the repository's own files are, found from the test assembly upwards.</summary>
internal static class RepositoryLayout
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ClaimLang.sln"))) return folder.FullName;
            }
            throw new InvalidOperationException("No folder holding ClaimLang.sln above the test assembly.");
        }
    }

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Copies the folder <paramref name="from"/> with everything in it to <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
