using System.Text;
using ClaimLang.Cli;

// The only place that touches Console: everything else writes to the environment it is given,
// so tests run the whole tool in-process.
bool outputRedirected = Console.IsOutputRedirected;

// A pipe or file gets a buffered UTF-8 writer (Console.Out flushes on every write, slow for
// large reports); a terminal keeps Console.Out, which knows how to talk to the console.
TextWriter output = outputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false))
    : Console.Out;

var environment = new ClaimcEnvironment(
    output,
    Console.Error,
    Environment.CurrentDirectory,
    ColorPolicy.ShouldUseColor(outputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
    ProgressPolicy.ShouldShowProgress(Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI")))
{
    OpenStandardStreams = () => (Console.OpenStandardInput(), Console.OpenStandardOutput()),
};

int exitCode = ClaimcApp.Run(args, environment);
try
{
    output.Flush();
}
catch (IOException e)
{
    Console.Error.WriteLine($"claimc: error: cannot write the output: {e.Message}");
    return ExitCodes.UsageOrIoError;
}
return exitCode;
