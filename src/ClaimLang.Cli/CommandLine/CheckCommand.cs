using System.CommandLine;
using ClaimLang.Cli.Checking;
using ClaimLang.Cli.Output;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc check [PATH...]</c>: compile the .claim files under the paths and print their diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        Argument<string[]> paths = PathArgument.Create("check", "checked");

        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print diagnostics: text (for people: the source line with a marker under the problem), " +
                          "msbuild (one line per diagnostic, for editors and build logs), json (one JSON document), " +
                          "sarif (SARIF 2.1.0, for code scanning), github (GitHub Actions annotations).",
            HelpName = string.Join('|', OutputFormatNames.All),
            DefaultValueFactory = _ => OutputFormatNames.Text,
        };
        format.AcceptOnlyFromAmong([.. OutputFormatNames.All]);

        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors: report them as errors and fail the run with exit code 1.",
        };

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

        command.SetAction(parseResult =>
        {
            var options = new CheckOptions(
                PathArgument.ValueOrCurrentFolder(parseResult, paths),
                OutputFormatNames.Parse(parseResult.GetValue(format) ?? OutputFormatNames.Text),
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(output));
            return CheckRunner.Run(options, environment);
        });
        return command;
    }
}
