using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// The workflow in docs/ci.md runs: every <c>claimc</c> command of it, read from the document,
/// runs on the bundled examples in a git repository with a base branch and a change on top, and
/// leaves what the next steps use (the SARIF report, the dataset, the diff for the comment).
/// </summary>
[UseGermanCulture]
public sealed partial class CiWorkflowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_documented_claimc_commands_run_and_leave_what_the_next_steps_use()
    {
        string repository = _folder.Combine("repo");
        RepositoryLayout.Copy(RepositoryLayout.Examples, repository);
        TestGit.Run(repository, "init", "-q");
        TestGit.Run(repository, "add", ".");
        TestGit.Run(repository, "commit", "-q", "-m", "base");
        TestGit.Run(repository, "update-ref", "refs/remotes/origin/main", "HEAD");
        // The pull request's change: one claim's amount.
        string file = Path.Combine(repository, "iran-syria", "iran-syria.claim");
        File.WriteAllText(file, File.ReadAllText(file).Replace("aid 36e9 USD 2011..2016", "aid 38e9 USD 2011..2016", StringComparison.Ordinal));

        string[] commands = WorkflowCommands();
        commands.Length.ShouldBe(4, string.Join("\n", commands));
        foreach (string command in commands)
        {
            var (args, stdoutFile) = Split(command.Replace("${{ github.base_ref }}", "main", StringComparison.Ordinal));
            CliResult result = Claimc.Run(repository, args);
            result.ExitCode.ShouldBe(0, $"{command}\n{result.Stdout}\n{result.Stderr}");
            if (stdoutFile is not null) File.WriteAllText(Path.Combine(repository, stdoutFile), result.Stdout);
        }

        using (JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, "claims.sarif"))))
            sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        File.Exists(Path.Combine(repository, "dataset", "datapackage.json")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(repository, "claims-diff.md")).ShouldContain("| changed | `bbc_6y` | amount: `36e9` -> `38e9`");
    }

    // The `run:` lines of the workflow's YAML block that call claimc.
    private static string[] WorkflowCommands()
    {
        string document = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "ci.md"));
        string yaml = document[(document.IndexOf("```yaml", StringComparison.Ordinal) + 7)..];
        yaml = yaml[..yaml.IndexOf("```", StringComparison.Ordinal)];
        return [.. RunLine().Matches(yaml).Select(m => m.Groups["command"].Value.Trim())];
    }

    // Words split at spaces; a final `> FILE` sends standard output to FILE.
    private static (string[] Args, string? StdoutFile) Split(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        int redirect = Array.IndexOf(words, ">");
        return redirect < 0 ? (words, null) : (words[..redirect], words[redirect + 1]);
    }

    [GeneratedRegex(@"^\s*run:\s*(?<command>claimc .*)$", RegexOptions.Multiline)]
    private static partial Regex RunLine();
}
