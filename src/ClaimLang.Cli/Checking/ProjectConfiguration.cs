using ClaimLang.Compilation;
using ClaimLang.Configuration;

namespace ClaimLang.Cli.Checking;

/// <summary>Finds and reads the <c>claimlang.json</c> that applies to the checked paths (docs/configuration.md).</summary>
internal static class ProjectConfiguration
{
    /// <summary>The nearest configuration file, read, with diagnostics naming it by its display path; null when there is none.</summary>
    /// <exception cref="CliErrorException">The file exists but cannot be read.</exception>
    public static ConfigurationLoadResult? Read(IReadOnlyList<string> paths, string currentDirectory)
    {
        string? file = ConfigurationLocator.FindNearest(paths, currentDirectory);
        if (file is null) return null;

        string displayPath = DisplayPath(file, currentDirectory);
        try
        {
            return ConfigurationLoader.Load(file, displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliErrorException($"cannot read '{displayPath}': {e.Message}", e);
        }
    }

    public static string DisplayPath(string fullPath, string currentDirectory) =>
        SourceFileDiscovery.ToDisplayPath(fullPath, Path.GetFullPath(currentDirectory));
}
