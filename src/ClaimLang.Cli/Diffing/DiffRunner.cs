using ClaimLang.Cli.Checking;
using ClaimLang.Cli.Output;
using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>
/// Runs <c>claimc diff</c>: compiles both versions of the project (each from its own folder, so
/// that file paths and claim ids read the same in both), compares their datasets and
/// diagnostics, and prints the differences. Exit 0, or 1 under <c>--fail-on-new-errors</c> when
/// the new version has errors the old one did not.
/// </summary>
internal static class DiffRunner
{
    public static int Run(DiffOptions options, ClaimcEnvironment environment)
    {
        string newFolder = RequireFolder(options.NewFolder, environment);
        Dataset? oldDataset, newDataset;
        if (options.GitRevision is { } revision)
        {
            using GitSnapshot snapshot = GitSnapshot.Take(newFolder, revision);
            oldDataset = Compile(snapshot.Folder, environment);
        }
        else
        {
            oldDataset = Compile(RequireFolder(options.OldFolder!, environment), environment);
        }
        newDataset = oldDataset is null ? null : Compile(newFolder, environment);
        if (oldDataset is null || newDataset is null) return ExitCodes.UsageOrIoError;

        DatasetDifference difference = DatasetDiff.Compare(oldDataset, newDataset);
        string oldName = options.GitRevision ?? options.OldFolder!;
        DiffWriters.Write(difference, options.Format, oldName, options.GitRevision is null ? options.NewFolder : "working tree", environment.Out);
        return options.FailOnNewErrors && difference.NewErrors.Any() ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }

    private static string RequireFolder(string given, ClaimcEnvironment environment)
    {
        string full = Path.GetFullPath(given, environment.CurrentDirectory);
        return Directory.Exists(full) ? full : throw new CliErrorException($"path '{given}' is not a folder; claimc diff compares project folders");
    }

    // A version's dataset, whatever its errors: a diff shows what a change breaks too.
    private static Dataset? Compile(string folder, ClaimcEnvironment environment)
    {
        ClaimcEnvironment inFolder = environment with { CurrentDirectory = folder };
        var report = new CheckOptions(["."], OutputFormat.MsBuild, WarningsAsErrors: false, OutputFile: null);
        var (project, _, _) = ProjectCompiler.Compile(["."], report, inFolder, "comparing");
        return project is null ? null : DatasetBuilder.Build(project.Compilation);
    }
}
