using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimLang.Cli.Diffing;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc diff OLD NEW</c> or <c>claimc diff --git REV [PATH]</c>: what changed between two versions of a project's dataset.</summary>
internal static class DiffCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        var folders = SharedOptions.Paths("OLD and NEW: the two versions' project folders. With --git: at most one folder (default: the current folder).", "FOLDER");
        var git = new Option<string?>("--git")
        {
            Description = "Compare the folder in the working tree with the same folder at this git revision (a commit, branch or tag).",
            HelpName = "REV",
            // Zero as well as one, so that a missing revision meets the validator below, which says what to give,
            // instead of the parser's bare "Required argument missing".
            Arity = ArgumentArity.ZeroOrOne,
        };
        git.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
                result.AddError("--git needs a revision to compare with, such as --git main, --git HEAD~1 or a commit id");
            else if (result.Tokens[0].Value.StartsWith('-'))
                // git would read it as one of its own options.
                result.AddError($"'{result.Tokens[0].Value}' is not a revision; give --git a commit, branch or tag, such as --git main");
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (for people), markdown (for a pull-request comment) or json (for programs).",
            HelpName = "text|markdown|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var failOnNewErrors = new Option<bool>("--fail-on-new-errors")
        {
            Description = "Exit with 1 when the new version reports an error the old one did not.",
        };

        var command = new Command("diff",
            "What changed between two versions of a project: claims added, removed and changed (matched by label, else by " +
            "attribution, subject, metric and period) with the values that changed, and diagnostics introduced and fixed. " +
            "Exit code 0, or 1 with --fail-on-new-errors when there are new errors; 2: usage or I/O problem.")
        {
            folders, git, format, failOnNewErrors,
        };
        command.Validators.Add(result =>
        {
            // Token counts, not values: a value with an error of its own (--git without a revision) throws when read.
            OptionResult? gitResult = result.GetResult(git);
            if (gitResult is { Tokens.Count: 0 }) return;
            int count = result.GetResult(folders)?.Tokens.Count ?? 0;
            bool withGit = gitResult is not null;
            if (withGit && count > 1) result.AddError("with --git, give at most one folder: the working tree's version is compared with the revision's");
            if (!withGit && count != 2) result.AddError("give two folders, OLD and NEW, or --git REV to compare with a git revision");
        });

        command.SetAction(parseResult =>
        {
            string[] given = parseResult.GetValue(folders) ?? [];
            string? revision = parseResult.GetValue(git);
            var options = new DiffOptions(
                revision is null ? given[0] : null,
                revision is null ? given[1] : given.FirstOrDefault() ?? ".",
                revision,
                parseResult.GetValue(format) switch { "markdown" => DiffFormat.Markdown, "json" => DiffFormat.Json, _ => DiffFormat.Text },
                parseResult.GetValue(failOnNewErrors));
            return DiffRunner.Run(options, environment);
        });
        return command;
    }
}
