using ClaimLang.Cli.Checking;
using ClaimLang.Cli.Output;
using ClaimLang.Compilation;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Formatting;

/// <summary>
/// Runs <c>claimc fmt</c>: find the files as <c>check</c> does, put each into canonical layout
/// (docs/formatting.md), write back those that change (or, under <c>--check</c>, only list
/// them), report, and decide the exit code.
/// </summary>
internal static class FmtRunner
{
    public static int Run(FmtOptions options, ClaimcEnvironment environment)
    {
        var paths = new DisplayPaths(environment.CurrentDirectory);
        // Without a valid configuration the files to format are unknown: nothing is touched (exit 2).
        ProjectLayout? layout = ProjectOpener.Locate(options.Paths, environment,
            invalid =>
            {
                foreach (Diagnostic diagnostic in invalid.ConfigurationDiagnostics) environment.Error.WriteLine(MsBuildFormatter.Format(diagnostic, paths));
            },
            "formatted");
        if (layout is null) return ExitCodes.UsageOrIoError;

        // Files are independent of each other: they are formatted several at a time, and
        // reported afterwards in path order, so the output is the same on every run.
        var outcomes = new FileOutcome[layout.Documents.Length];
        Parallel.For(0, outcomes.Length, i => outcomes[i] = FormatFile(layout.Documents[i], paths.Of(layout.Documents[i]), options.Check));
        return Report(outcomes.OrderBy(o => o.DisplayPath, StringComparer.Ordinal).ToArray(), options, environment, paths);
    }

    private static FileOutcome FormatFile(SourceDocument document, string displayPath, bool check)
    {
        string fullPath = document.FullPath!;
        string text;
        try
        {
            text = SourceFile.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(displayPath, FileOutcomeKind.Failed, Problem: $"cannot read '{displayPath}': {e.Message}");
        }

        FormattingResult result = ClaimFormatter.Format(SyntaxTree.ParseText(SourceText.From(text), document));
        if (!result.IsFormatted) return new FileOutcome(displayPath, FileOutcomeKind.SyntaxErrors, result.SyntaxErrors);
        if (!result.IsChanged) return new FileOutcome(displayPath, FileOutcomeKind.Unchanged);
        if (check) return new FileOutcome(displayPath, FileOutcomeKind.Changed);

        try
        {
            SourceFileWriter.Replace(fullPath, text, result.Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(displayPath, FileOutcomeKind.Failed, Problem: $"cannot write '{displayPath}': {e.Message}");
        }
        return new FileOutcome(displayPath, FileOutcomeKind.Changed);
    }

    // Standard output lists the files that changed (or would), one path per line and nothing
    // else, for scripts; everything for people goes to standard error: why a file was left
    // alone, in the msbuild form editors and CI recognise, and the summary.
    private static int Report(IReadOnlyList<FileOutcome> outcomes, FmtOptions options, ClaimcEnvironment environment, DisplayPaths paths)
    {
        foreach (FileOutcome outcome in outcomes)
        {
            switch (outcome.Kind)
            {
                case FileOutcomeKind.Changed:
                    environment.Out.WriteLine(TerminalText.LineStart(outcome.DisplayPath));
                    break;
                case FileOutcomeKind.SyntaxErrors:
                    foreach (Diagnostic error in outcome.SyntaxErrors) environment.Error.WriteLine(MsBuildFormatter.Format(error, paths));
                    break;
                case FileOutcomeKind.Failed:
                    ClaimcApp.ReportError(environment.Error, outcome.Problem!);
                    break;
            }
        }
        environment.Error.WriteLine(FmtSummary.Format(outcomes, options.Check));

        if (outcomes.Any(o => o.Kind == FileOutcomeKind.Failed)) return ExitCodes.UsageOrIoError;
        bool changesFound = options.Check && outcomes.Any(o => o.Kind == FileOutcomeKind.Changed);
        return changesFound || outcomes.Any(o => o.Kind == FileOutcomeKind.SyntaxErrors) ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }
}
