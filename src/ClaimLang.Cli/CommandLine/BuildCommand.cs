using System.CommandLine;
using ClaimLang.Cli.Building;
using ClaimLang.Cli.Checking;
using ClaimLang.Compilation;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc build [PATH...] -o DIR</c>: check, then write the dataset (docs/language.md, "The dataset"); nothing when there are errors.</summary>
internal static class BuildCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        var paths = SharedOptions.Paths("Files or folders to build from (default: the current folder), found as claimc check finds them.");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The dataset folder. It is replaced as a whole: the new dataset is written beside it and then " +
                          "moved into place, so a failed build leaves the previous one as it was.",
            HelpName = "DIR",
            Required = true,
        };
        var format = SharedOptions.Format();
        var warnAsError = SharedOptions.WarnAsError("Treat warnings as errors: then a warning also stops the build.");

        var command = new Command("build",
            "Check the .claim files under the paths and, when there is no error, write the dataset: datapackage.json " +
            "(a Frictionless Data Package), claims.csv, claims.jsonl, sources.csv, persons.csv, entities.csv, metrics.csv, " +
            "conflicts.csv and claims.sqlite (docs/dataset.md). Exit code 0: written; 1: errors found, nothing written; " +
            "2: usage, configuration or I/O problem.")
        {
            paths, output, format, warnAsError,
        };

        command.SetAction(parseResult =>
        {
            var report = new CheckOptions(
                SharedOptions.PathsOrCurrent(parseResult, paths),
                SharedOptions.FormatOf(parseResult, format),
                parseResult.GetValue(warnAsError),
                OutputFile: null);
            string folder = parseResult.GetValue(output)!;
            // The new dataset is first written beside the folder as .NAME.claimc-new-PID (docs/dataset.md),
            // so its name needs room for that too; else the system's answer names the temporary folder.
            if (PathLengthLimit.WhyTooLong(Path.GetFullPath(folder, environment.CurrentDirectory), nameReserve: 24) is { } why)
            {
                throw new CliErrorException($"cannot write the dataset to '{PathLengthLimit.Abbreviated(folder)}': {why}");
            }
            return BuildRunner.Run(new BuildOptions(report, folder), environment);
        });
        return command;
    }
}
