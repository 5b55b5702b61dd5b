namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// tests/frictionless/validate.js: validates a dataset folder with Frictionless's own JavaScript
/// library (the descriptor against the official profiles, every row of every table against its
/// schema). The build installs the library there with npm ci (RestoreFrictionlessValidator in
/// the test project).
/// </summary>
public static class FrictionlessValidator
{
    private const string InstallNode = "The data package tests validate the dataset with Node.js: install Node.js with npm (https://nodejs.org) so that 'node' is on the PATH.";

    // Generous: the largest dataset the tests validate takes about a second.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "frictionless");

    /// <summary>Runs <c>node validate.js <paramref name="datasetFolder"/></c>; exit code 0 means valid.</summary>
    public static CliResult Validate(string datasetFolder)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "datapackage", "package.json")))
        {
            throw new InvalidOperationException(
                $"The Frictionless library is not installed in {Folder}. Building the test project installs it (npm ci); " +
                "build again, or run 'npm ci' in that folder.");
        }
        return ExternalTool.Run("node", InstallNode, Limit, Path.Combine(Folder, "validate.js"), datasetFolder);
    }
}
