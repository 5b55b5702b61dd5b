using ClaimLang.Compilation;
using ClaimLang.Configuration;

namespace ClaimLang.Cli.Checking;

/// <summary>The files a command works on, found under the paths the user gave as the project's configuration says.</summary>
internal static class ProjectFiles
{
    /// <summary>
    /// The files under <paramref name="paths"/>; null when a path does not exist, after naming
    /// every such path on standard error (the run then exits with 2).
    /// </summary>
    public static SourceFileDiscovery? Discover(IReadOnlyList<string> paths, ClaimLangConfiguration? settings, ClaimcEnvironment environment)
    {
        SourceFileDiscovery discovery = SourceFileDiscovery.Discover(paths, environment.CurrentDirectory, settings);
        foreach (string missing in discovery.MissingPaths)
        {
            ClaimcApp.ReportError(environment.Error, $"path '{missing}' does not exist");
        }
        return discovery.MissingPaths.IsEmpty ? discovery : null;
    }
}
