using System.Text;
using ClaimLang.Cli.Output;
using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>Runs <c>claimc check</c>: read the configuration, find the files, compile them as one project, report, and decide the exit code.</summary>
internal static class CheckRunner
{
    public static int Run(CheckOptions options, ClaimcEnvironment environment)
    {
        ConfigurationLoadResult? configuration = ProjectConfiguration.Read(options.Paths, environment.CurrentDirectory);
        if (configuration is { IsValid: false })
        {
            return ReportInvalidConfiguration(configuration, options, environment);
        }

        ClaimLangConfiguration? settings = configuration?.Configuration;
        if (ProjectFiles.Discover(options.Paths, settings, environment) is not { } discovery)
        {
            return ExitCodes.UsageOrIoError;
        }

        CheckProgress? progress = environment.ShowProgress ? new CheckProgress(environment.Error, environment.ProgressDelay) : null;
        IReadOnlyList<SyntaxTree> trees;
        IEnumerable<Diagnostic> diagnostics;
        try
        {
            trees = SourceFileParser.ParseAll(discovery, progress);
            var compilation = ClaimCompilation.Create(trees, settings is null ? CompilationOptions.Default : CompilationOptions.From(settings));

            // Severities are configured before anything is printed or counted, so the report and
            // the exit code agree.
            SeverityPolicy policy = settings is null ? SeverityPolicy.Default : SeverityPolicy.From(settings);
            progress?.Stage($"checking names, values and which claims cannot all be true in {trees.Count} files");
            diagnostics = [.. policy.Apply(compilation.GetDiagnostics())];
        }
        finally
        {
            progress?.Finish(); // also before an error message, which then starts on a clean line
        }
        Dictionary<string, SourceText> sources = trees.ToDictionary(tree => tree.FilePath, tree => tree.Text, StringComparer.Ordinal);
        return Report(diagnostics, sources, options, environment);
    }

    /// <summary>
    /// Prints the diagnostics of the checked files (<paramref name="sources"/>, by display path) in
    /// the requested format and returns the exit code: 1 when an unsuppressed error remains
    /// (warnings count as errors under --warnaserror), else 0.
    /// </summary>
    public static int Report(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> sources, CheckOptions options,
        ClaimcEnvironment environment)
    {
        var report = new CheckReport(
            [.. diagnostics.Select(d => options.WarningsAsErrors ? PromoteWarning(d) : d)],
            sources,
            Path.GetFullPath(environment.CurrentDirectory));

        bool useColor = environment.UseColor && options.OutputFile is null;
        IDiagnosticFormatter formatter = DiagnosticFormatters.Create(options.Format, useColor);
        if (options.OutputFile is null)
        {
            formatter.Write(report, environment.Out);
        }
        else
        {
            WriteToFile(formatter, report, options.OutputFile, environment.CurrentDirectory);
        }

        return report.Counts.Errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }

    // A configuration problem is exit 2 (LANGUAGE.md section 8) whatever --warnaserror says; its
    // CL9001 diagnostics still go out in the requested format, so CI annotates the very line.
    private static int ReportInvalidConfiguration(ConfigurationLoadResult configuration, CheckOptions options, ClaimcEnvironment environment)
    {
        string displayPath = ProjectConfiguration.DisplayPath(configuration.Configuration.FilePath!, environment.CurrentDirectory);
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal) { [displayPath] = configuration.Text };
        Report(configuration.Diagnostics, sources, options, environment);
        ClaimcApp.ReportError(environment.Error, $"'{displayPath}' is invalid, so no file was checked; fix what it reports and run again");
        return ExitCodes.UsageOrIoError;
    }

    // Like MSBuild and csc, --warnaserror reports a warning as an error, so every format and
    // the summary agree on why the run failed.
    private static Diagnostic PromoteWarning(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? diagnostic.WithSeverity(DiagnosticSeverity.Error) : diagnostic;

    private static void WriteToFile(IDiagnosticFormatter formatter, CheckReport report, string outputFile, string currentDirectory)
    {
        string fullPath = Path.GetFullPath(outputFile, currentDirectory);
        try
        {
            using var writer = new StreamWriter(fullPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            formatter.Write(report, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliErrorException($"cannot write '{outputFile}': {e.Message}", e);
        }
    }
}
