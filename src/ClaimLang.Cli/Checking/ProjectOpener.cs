using ClaimLang.Compilation;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Finds the project the user's paths name (the core's <see cref="ProjectLayout"/>) for every
/// command, and turns what stops a run into messages that say what to do: an invalid
/// claimlang.json, a path that does not exist, paths that select no file. Each of these is
/// exit 2 (docs/language.md), so CI never passes a run that checked nothing.
/// </summary>
internal static class ProjectOpener
{
    /// <summary>The project of <paramref name="paths"/>; null after reporting why there is none to work on.</summary>
    /// <param name="reportConfiguration">Prints claimlang.json's own problems, in the command's format.</param>
    /// <param name="doneWhat">What the command does to files, for messages: "checked", "formatted".</param>
    public static ProjectLayout? Locate(IReadOnlyList<string> paths, ClaimcEnvironment environment,
        Action<ProjectLayout> reportConfiguration, string doneWhat)
    {
        ProjectLayout layout;
        try
        {
            layout = ProjectLayout.Locate(paths, environment.CurrentDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliErrorException($"cannot read the project: {e.Message}", e);
        }

        if (layout.HasInvalidConfiguration)
        {
            reportConfiguration(layout);
            string displayPath = new Output.DisplayPaths(environment.CurrentDirectory).Of(layout.ConfigurationDiagnostics[0].Location);
            ClaimcApp.ReportError(environment.Error, $"'{displayPath}' is invalid, so no file was {doneWhat}; fix what it reports and run again");
            return null;
        }
        foreach (string missing in layout.Discovery.MissingPaths)
        {
            ClaimcApp.ReportError(environment.Error, $"path '{missing}' does not exist");
        }
        if (!layout.Discovery.MissingPaths.IsEmpty) return null;
        if (layout.WhyNoFiles() is { } why)
        {
            ClaimcApp.ReportError(environment.Error, $"no file was {doneWhat}: {why}; name a folder or file that holds .claim files the project takes");
            return null;
        }
        return layout;
    }

    /// <summary>Reads and compiles the project's files, with a status line at a terminal.</summary>
    /// <exception cref="CliErrorException">A file cannot be read; the first such file is named.</exception>
    public static ClaimProject Load(ProjectLayout layout, ClaimcEnvironment environment, string compilingWhat,
        out IReadOnlyList<Diagnostic> diagnostics)
    {
        CheckProgress? progress = environment.ShowProgress ? new CheckProgress(environment.Error, environment.ProgressDelay) : null;
        try
        {
            ClaimProject project = layout.Load(progress);
            if (project.ReadFailures.FirstOrDefault() is { } failure)
            {
                string displayPath = new Output.DisplayPaths(environment.CurrentDirectory).Of(failure.Document);
                throw new CliErrorException($"cannot read '{displayPath}': {failure.Exception.Message}", failure.Exception);
            }
            progress?.Stage($"{compilingWhat} in {project.SyntaxTrees.Length} files");
            diagnostics = project.GetDiagnostics();
            return project;
        }
        finally
        {
            progress?.Finish(); // also before an error message, which then starts on a clean line
        }
    }
}
