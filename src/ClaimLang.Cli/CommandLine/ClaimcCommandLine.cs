using System.CommandLine;
using System.CommandLine.Help;

namespace ClaimLang.Cli.CommandLine;

/// <summary>The command tree of claimc: the root with --help and --version, and its subcommands.</summary>
internal static class ClaimcCommandLine
{
    public const string ToolName = "claimc";

    public static Command Create(ClaimcEnvironment environment)
    {
        // A plain Command rather than RootCommand: RootCommand names itself after the running
        // executable, which is the test host in-process and "dotnet" in some launches.
        var versionOption = new VersionOption { Action = new PrintVersionAction() };
        var root = new Command(ToolName,
            "The ClaimLang compiler: checks .claim files that record quantitative claims from articles " +
            "and reports every problem with a stable diagnostic code.")
        {
            new HelpOption(),
            versionOption,
            CheckCommand.Create(environment),
            BuildCommand.Create(environment),
            DiffCommand.Create(environment),
            FmtCommand.Create(environment),
            ExplainCommand.Create(),
            LspCommand.Create(environment),
        };
        return root;
    }
}
