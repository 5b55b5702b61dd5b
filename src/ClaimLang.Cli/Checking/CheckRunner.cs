using System.Collections.Immutable;
using System.Text;
using ClaimLang.Cli.Output;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>Runs <c>claimc check</c>: compile the project (<see cref="ProjectCompiler"/>), report, and decide the exit code.</summary>
internal static class CheckRunner
{
    public static int Run(CheckOptions options, ClaimcEnvironment environment)
    {
        var (project, diagnostics, exitCode) = ProjectCompiler.Compile(options.Paths, options, environment, "checking names, values and which claims cannot all be true");
        return project is null ? exitCode : Report(diagnostics, ProjectCompiler.SourcesOf(project), options, environment, project.GetOmittedDiagnostics());
    }

    /// <summary>
    /// Prints the diagnostics of the checked files (<paramref name="sources"/>, by document) in
    /// the requested format and returns the exit code: 1 when an unsuppressed error remains
    /// (warnings count as errors under --warnaserror), else 0.
    /// </summary>
    /// <param name="pastLimit">What files have past the diagnostics the compiler lists: counted in the summary and the exit code.</param>
    public static int Report(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<SourceDocument, SourceText> sources, CheckOptions options,
        ClaimcEnvironment environment, ImmutableArray<OmittedDiagnosticCount> pastLimit = default)
    {
        var report = new CheckReport(
            [.. diagnostics.Select(d => options.WarningsAsErrors ? PromoteWarning(d) : d)],
            sources,
            Path.GetFullPath(environment.CurrentDirectory),
            pastLimit.IsDefault ? [] : [.. pastLimit.Select(c => options.WarningsAsErrors && c.Severity == DiagnosticSeverity.Warning ? c with { Severity = DiagnosticSeverity.Error } : c)]);

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
        if (options.Format is not (OutputFormat.Json or OutputFormat.Sarif))
        {
            foreach (var (document, count) in report.NotShown)
            {
                environment.Error.WriteLine($"claimc: {count} more diagnostics of '{TerminalText.Escape(report.Paths.Of(document))}' are not shown " +
                                            $"(at most {CheckReport.MaxShownPerFile} a file in this format); the summary counts them all, and --format json lists more");
            }
        }

        return report.Counts.Errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }

    // Like MSBuild and csc, --warnaserror reports a warning as an error, so every format and
    // the summary agree on why the run failed.
    private static Diagnostic PromoteWarning(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? diagnostic.WithSeverity(DiagnosticSeverity.Error) : diagnostic;

    private static void WriteToFile(IDiagnosticFormatter formatter, CheckReport report, string outputFile, string currentDirectory)
    {
        string fullPath = Path.GetFullPath(outputFile, currentDirectory);
        if (PathLengthLimit.WhyTooLong(fullPath) is { } why)
        {
            throw new CliErrorException($"cannot write '{PathLengthLimit.Abbreviated(outputFile)}': {why}");
        }
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
