namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// The benchmark corpus generator, gen_corpus.py, kept beside the repository in shared/bench/:
/// a deterministic project of any number of claims, as analysts write them.
/// </summary>
public static class CorpusGenerator
{
    private const string InstallPython = "The generated corpus is written by a Python script: install Python 3 so that 'python3' is on the PATH.";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string ScriptPath => Path.GetFullPath(Path.Combine(RepositoryLayout.Root, "..", "shared", "bench", "gen_corpus.py"));

    /// <summary>Writes a corpus of <paramref name="claims"/> claims into <paramref name="folder"/> (decls.claim, claims-NNNN.claim).</summary>
    public static void Write(string folder, int claims)
    {
        if (!File.Exists(ScriptPath))
            throw new FileNotFoundException($"The corpus generator is missing: {ScriptPath} (the shared folder beside the repository's clone).", ScriptPath);
        CliResult result = ExternalTool.Run("python3", InstallPython, Limit,
            ScriptPath, folder, "--claims", claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.ExitCode.ShouldBe(0, $"{ScriptPath} failed:\n{result.Stdout}{result.Stderr}");
    }
}
