using System.CommandLine;
using System.CommandLine.Help;
using ClaimLang.Cli.CommandLine;

namespace ClaimLang.Cli;

/// <summary>
/// The claimc program as a library: parses the arguments, runs the command and returns the
/// exit code. Program.Main is a thin shell around it; tests call it in-process.
/// </summary>
public static class ClaimcApp
{
    /// <summary>Runs claimc without colour, writing to the given writers, with paths relative to <paramref name="currentDirectory"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
        Run(args, new ClaimcEnvironment(stdout, stderr, currentDirectory));

    /// <summary>Runs claimc in <paramref name="environment"/> and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, ClaimcEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            Command rootCommand = ClaimcCommandLine.Create(environment);
            if (args.Length == 0)
            {
                // No command at all: the help is the useful answer, but it is still a usage error.
                rootCommand.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = environment.Error });
                return ExitCodes.UsageOrIoError;
            }

            ParseResult parseResult = rootCommand.Parse(args);

            // System.CommandLine would exit with 1 on a usage error, which docs/language.md reserves
            // for problems in the checked files; usage errors are reported here and exit 2.
            // Help clears parse errors on purpose: `claimc check --help --bogus` still helps.
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
                UsageErrorReporter.Report(parseResult, environment.Error);
                return ExitCodes.UsageOrIoError;
            }

            var invocation = new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            };
            return parseResult.Invoke(invocation);
        }
        catch (CliErrorException e)
        {
            ReportError(environment.Error, e.Message);
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportError(environment.Error, e.Message);
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e)
        {
            // A crash is a bug (docs/language.md, "The tool: claimc"): say so, and keep the stack trace for the report.
            environment.Error.WriteLine($"claimc: internal error: this is a bug in claimc, please report it.{Environment.NewLine}{e}");
            return ExitCodes.InternalError;
        }
    }

    // Messages quote paths, arguments and what git or the system said: each is printed escaped,
    // as text from claim files is, so none can act on a terminal or a CI log.
    internal static void ReportError(TextWriter error, string message) => error.WriteLine($"claimc: error: {Output.TerminalText.Escape(message)}");
}
