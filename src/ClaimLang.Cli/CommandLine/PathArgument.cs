using System.CommandLine;
using System.CommandLine.Parsing;

namespace ClaimLang.Cli.CommandLine;

/// <summary>The <c>[PATH...]</c> argument the commands that work on a project's files share, with the same meaning everywhere.</summary>
internal static class PathArgument
{
    /// <summary>The argument, described with what is done to the files: <paramref name="verb"/> ("format") and its <paramref name="participle"/> ("formatted").</summary>
    public static Argument<string[]> Create(string verb, string participle)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or folders to {verb} (default: the current folder). Folders are searched recursively " +
                          "for *.claim files (or the files claimlang.json's include and exclude select), skipping bin, obj, " +
                          $"node_modules and .git. A file named here is always {participle}.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(RejectUnknownOptions);
        return paths;
    }

    /// <summary>The paths given, or the current folder when none is.</summary>
    public static IReadOnlyList<string> ValueOrCurrentFolder(ParseResult parseResult, Argument<string[]> paths)
    {
        string[] given = parseResult.GetValue(paths) ?? [];
        return given.Length == 0 ? ["."] : given;
    }

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
