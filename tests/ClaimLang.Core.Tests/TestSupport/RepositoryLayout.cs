namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// Where the files the tests read live. The repository root is found by walking up from the
/// test assembly to the folder holding ClaimLang.sln; everything the tests read is inside it.
/// </summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ExamplesFolder => Path.Combine(Root, "examples");

    /// <summary>The baselines in the source tree (never bin/): updates must land where git sees them.</summary>
    public static string BaselinesFolder => Path.Combine(Root, "tests", "ClaimLang.Core.Tests", "Baselines");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimLang.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException(
            $"No folder holding ClaimLang.sln was found above the test assembly at '{AppContext.BaseDirectory}'. " +
            "Run the tests from a clone of the repository.");
    }
}
