using System.CommandLine;
using System.CommandLine.Parsing;

namespace ClaimLang.Cli.CommandLine;

/// <summary>Prints command-line mistakes as short messages with a pointer to --help, never with a stack trace.</summary>
internal static class UsageErrorReporter
{
    public static void Report(ParseResult parseResult, TextWriter error)
    {
        foreach (ParseError parseError in parseResult.Errors)
        {
            ClaimcApp.ReportError(error, parseError.Message);
        }
        error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
    }

    // "claimc check" for an error inside check, so the hint leads to the options that apply.
    private static string CommandPath(CommandResult commandResult)
    {
        var names = new List<string>();
        for (SymbolResult? result = commandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command) names.Add(command.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
