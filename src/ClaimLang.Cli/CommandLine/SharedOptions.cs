using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimLang.Cli.Output;

namespace ClaimLang.Cli.CommandLine;

/// <summary>The arguments and options every command that checks a project takes, defined once so that they read the same.</summary>
internal static class SharedOptions
{
    public static Argument<string[]> Paths(string description, string name = "PATH")
    {
        var paths = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        paths.Validators.Add(RejectUnknownOptions);
        return paths;
    }

    public static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print diagnostics: text (for people: the source line with a marker under the problem), " +
                          "msbuild (one line per diagnostic, for editors and build logs), json (one JSON document), " +
                          "sarif (SARIF 2.1.0, for code scanning), github (GitHub Actions annotations).",
            HelpName = string.Join('|', OutputFormatNames.All),
            DefaultValueFactory = _ => OutputFormatNames.Text,
        };
        format.AcceptOnlyFromAmong([.. OutputFormatNames.All]);
        return format;
    }

    public static Option<bool> WarnAsError(string description) => new("--warnaserror") { Description = description };

    /// <summary>The paths given, or the current folder.</summary>
    public static string[] PathsOrCurrent(ParseResult result, Argument<string[]> paths) =>
        result.GetValue(paths) is { Length: > 0 } given ? given : ["."];

    public static OutputFormat FormatOf(ParseResult result, Option<string> format) =>
        OutputFormatNames.Parse(result.GetValue(format) ?? OutputFormatNames.Text);

    // Paths absorb every token, so a mistyped option (--warnaserorr) would otherwise be taken
    // for a path and reported as missing. A file whose name starts with '-' can be given as ./-name.
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"unknown option '{token.Value}'");
                return;
            }
        }
    }
}
