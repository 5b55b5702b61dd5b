using ClaimLang.Cli.Checking;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Building;

/// <summary>
/// Runs <c>claimc build</c>: compile and report as <c>claimc check</c> does; with no error, write
/// the dataset (docs/language.md, "The dataset") in place of the output folder; with errors, write nothing.
/// An output folder that holds the project or files claimc did not write is refused first.
/// </summary>
internal static class BuildRunner
{
    public static int Run(BuildOptions options, ClaimcEnvironment environment)
    {
        var (project, diagnostics, exitCode) = ProjectCompiler.Compile(options.Report.Paths, options.Report, environment,
            "checking names, values and which claims cannot all be true");
        if (project is null) return exitCode;
        OutputFolderGuard.Check(options.OutputFolder, environment.CurrentDirectory, project.Layout);

        exitCode = CheckRunner.Report(diagnostics, ProjectCompiler.SourcesOf(project), options.Report, environment, project.GetOmittedDiagnostics());
        if (exitCode != ExitCodes.Success)
        {
            ClaimcApp.ReportError(environment.Error, $"the project has errors, so no dataset was written (and '{options.OutputFolder}' was left as it was); fix what is reported and run again");
            return exitCode;
        }

        CheckProgress? progress = environment.ShowProgress ? new CheckProgress(environment.Error, environment.ProgressDelay) : null;
        Dataset dataset;
        try
        {
            progress?.Stage("writing the dataset");
            dataset = DatasetBuilder.Build(project.Compilation);
            string folder = Path.GetFullPath(options.OutputFolder, environment.CurrentDirectory);
            DatasetFolder.Replace(folder, fresh => DatasetWriter.Write(dataset, fresh));
        }
        catch (Exception e) when (DatasetWriteFailure.IsTheDisks(e))
        {
            throw new CliErrorException(DatasetWriteFailure.IsDiskFull(e)
                ? $"cannot write the dataset to '{options.OutputFolder}': the disk is full ({e.Message}); '{options.OutputFolder}' was left as it was: " +
                  "free space on that disk or write the dataset to another with -o, and run again"
                : $"cannot write the dataset to '{options.OutputFolder}': {e.Message}", e);
        }
        finally
        {
            progress?.Finish(); // before the error message or the summary, which then start on a clean line
        }
        environment.Error.WriteLine($"claimc: wrote {Count(dataset.Claims.Length, "claim")}, {Count(dataset.Conflicts.Length, "finding")} " +
                                    $"and {Count(dataset.Sources.Length + dataset.Persons.Length + dataset.Entities.Length + dataset.Metrics.Length, "declaration")} to '{options.OutputFolder}'");
        return ExitCodes.Success;
    }

    private static string Count(int count, string what) => Output.SummaryText.Count(count, what, what + "s");
}
