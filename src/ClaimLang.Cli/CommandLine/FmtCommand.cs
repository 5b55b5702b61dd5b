using System.CommandLine;
using ClaimLang.Cli.Formatting;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc fmt [PATH...] [--check]</c>: rewrite .claim files in canonical layout, or check that they are.</summary>
internal static class FmtCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        Argument<string[]> paths = SharedOptions.Paths(
            "Files or folders to format (default: the current folder). Folders are searched recursively " +
            "for *.claim files (or the files claimlang.json's include and exclude select), skipping bin, obj, " +
            "node_modules and .git. A file named here is always formatted.");

        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that are not in canonical layout and exit with 1 if there are any (for CI).",
        };

        var command = new Command("fmt",
            "Rewrite .claim files in canonical layout (docs/formatting.md): spacing within lines, indentation, " +
            "line ends. Line breaks, comments and meaning stay as they are. Files with syntax errors are left alone. " +
            "Prints the files that change. " +
            "Exit code 0: done (with --check: nothing to change); 1: syntax errors, or with --check files to change; " +
            "2: usage, configuration or I/O problem.")
        {
            paths, check,
        };

        command.SetAction(parseResult => FmtRunner.Run(
            new FmtOptions(SharedOptions.PathsOrCurrent(parseResult, paths), parseResult.GetValue(check)),
            environment));
        return command;
    }
}
