using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.BaselineTesting;

/// <summary>
/// One sample of Baselines/: <c>NAME.claim</c>, with its expected tree dump
/// <c>NAME.syntax.txt</c> and expected diagnostics <c>NAME.diagnostics.txt</c> beside it.
/// </summary>
internal sealed record BaselineSample(string Name)
{
    public string InputPath => Path.Combine(RepositoryLayout.BaselinesFolder, Name + ".claim");

    public string SyntaxPath => Path.Combine(RepositoryLayout.BaselinesFolder, Name + ".syntax.txt");

    public string DiagnosticsPath => Path.Combine(RepositoryLayout.BaselinesFolder, Name + ".diagnostics.txt");

    /// <summary>The names of every sample in the source folder, in order.</summary>
    public static IReadOnlyList<string> All()
    {
        string folder = RepositoryLayout.BaselinesFolder;
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.claim")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
