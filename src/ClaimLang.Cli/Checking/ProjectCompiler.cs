using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Opens and compiles the project of the user's paths for check, build and diff. A problem that
/// stops the run (an invalid claimlang.json, a missing path, no file selected) is reported here
/// and comes back as an exit code instead of a project.
/// </summary>
internal static class ProjectCompiler
{
    public static (ClaimProject? Project, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode) Compile(IReadOnlyList<string> paths,
        CheckOptions reportOptions, ClaimcEnvironment environment, string compilingWhat)
    {
        // A configuration problem is exit 2 whatever --warnaserror says; its CL9001 diagnostics
        // still go out in the requested format, so CI annotates the very line.
        ProjectLayout? layout = ProjectOpener.Locate(paths, environment,
            invalid => CheckRunner.Report(invalid.ConfigurationDiagnostics, SourcesOf(invalid), reportOptions, environment), "checked");
        if (layout is null) return (null, [], ExitCodes.UsageOrIoError);

        ClaimProject project = ProjectOpener.Load(layout, environment, compilingWhat, out IReadOnlyList<Diagnostic> diagnostics);
        return (project, diagnostics, ExitCodes.Success);
    }

    /// <summary>The text of every file of the project, for source excerpts.</summary>
    public static IReadOnlyDictionary<SourceDocument, SourceText> SourcesOf(ClaimProject project) =>
        project.SyntaxTrees.ToDictionary(tree => tree.Document, tree => tree.Text);

    private static Dictionary<SourceDocument, SourceText> SourcesOf(ProjectLayout layout)
    {
        var sources = new Dictionary<SourceDocument, SourceText>();
        if (layout.ConfigurationFile is { } file) sources[file.Diagnostics[0].Location.Document] = file.Text;
        return sources;
    }
}
