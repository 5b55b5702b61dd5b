using System.CommandLine;
using ClaimLang.Cli.Checking;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc check [PATH...]</c>: compile the .claim files under the paths and print their diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        var paths = SharedOptions.Paths(
            "Files or folders to check (default: the current folder). Folders are searched recursively " +
            "for *.claim files (or the files claimlang.json's include and exclude select), skipping bin, obj, " +
            "node_modules and .git. A file named here is always checked.");
        var format = SharedOptions.Format();
        var warnAsError = SharedOptions.WarnAsError("Treat warnings as errors: report them as errors and fail the run with exit code 1.");

        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the diagnostics to FILE (UTF-8) instead of standard output.",
            HelpName = "FILE",
        };

        var command = new Command("check",
            "Compile every .claim file under the paths and print diagnostics. " +
            "Settings come from the nearest claimlang.json above the paths. " +
            "Exit code 0: no errors; 1: errors found (or warnings with --warnaserror); 2: usage, configuration or I/O problem.")
        {
            paths, format, warnAsError, output,
        };

        command.SetAction(parseResult => CheckRunner.Run(
            new CheckOptions(
                SharedOptions.PathsOrCurrent(parseResult, paths),
                SharedOptions.FormatOf(parseResult, format),
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(output)),
            environment));
        return command;
    }
}
