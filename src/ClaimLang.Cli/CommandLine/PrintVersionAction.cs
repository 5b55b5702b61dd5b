using System.CommandLine;
using System.CommandLine.Invocation;

namespace ClaimLang.Cli.CommandLine;

/// <summary>
/// Prints the tool's version for --version. The built-in action reads the entry assembly, which is
/// the test host when the tool runs in-process, so it is replaced by one that reads claimc's own.
/// </summary>
internal sealed class PrintVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(ToolVersion.Informational);
        return ExitCodes.Success;
    }
}
