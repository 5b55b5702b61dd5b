using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Reads the configuration, finds the files, and compiles them as one project, for check and
/// build alike. A problem that stops the run (an invalid claimlang.json, a missing path) is
/// reported here and comes back as an exit code instead of a project.
/// </summary>
internal static class ProjectCompiler
{
    public static (CompiledProject? Project, int ExitCode) Compile(IReadOnlyList<string> paths, CheckOptions reportOptions,
        ClaimcEnvironment environment, string compilingWhat)
    {
        ConfigurationLoadResult? configuration = ProjectConfiguration.Read(paths, environment.CurrentDirectory);
        if (configuration is { IsValid: false })
        {
            return (null, ReportInvalidConfiguration(configuration, reportOptions, environment));
        }

        ClaimLangConfiguration? settings = configuration?.Configuration;
        if (ProjectFiles.Discover(paths, settings, environment) is not { } discovery) return (null, ExitCodes.UsageOrIoError);

        CheckProgress? progress = environment.ShowProgress ? new CheckProgress(environment.Error, environment.ProgressDelay) : null;
        try
        {
            IReadOnlyList<SyntaxTree> trees = SourceFileParser.ParseAll(discovery, progress);
            var compilation = ClaimCompilation.Create(trees, settings is null ? CompilationOptions.Default : CompilationOptions.From(settings));

            // Severities are configured before anything is printed or counted, so the report and
            // the exit code agree.
            SeverityPolicy policy = settings is null ? SeverityPolicy.Default : SeverityPolicy.From(settings);
            progress?.Stage($"{compilingWhat} in {trees.Count} files");
            Diagnostic[] diagnostics = [.. policy.Apply(compilation.GetDiagnostics())];
            var sources = trees.ToDictionary(tree => tree.FilePath, tree => tree.Text, StringComparer.Ordinal);
            return (new CompiledProject(compilation, diagnostics, sources), ExitCodes.Success);
        }
        finally
        {
            progress?.Finish(); // also before an error message, which then starts on a clean line
        }
    }

    // A configuration problem is exit 2 (LANGUAGE.md section 8) whatever --warnaserror says; its
    // CL9001 diagnostics still go out in the requested format, so CI annotates the very line.
    private static int ReportInvalidConfiguration(ConfigurationLoadResult configuration, CheckOptions options, ClaimcEnvironment environment)
    {
        string displayPath = ProjectConfiguration.DisplayPath(configuration.Configuration.FilePath!, environment.CurrentDirectory);
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal) { [displayPath] = configuration.Text };
        CheckRunner.Report(configuration.Diagnostics, sources, options, environment);
        ClaimcApp.ReportError(environment.Error, $"'{displayPath}' is invalid, so no file was checked; fix what it reports and run again");
        return ExitCodes.UsageOrIoError;
    }
}
