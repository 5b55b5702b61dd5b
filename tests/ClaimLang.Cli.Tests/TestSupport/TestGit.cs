using System.Diagnostics;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>Runs git for tests that need a repository, with an identity of its own so that commits work on any machine.</summary>
internal static class TestGit
{
    public static void Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
            start.ArgumentList.Add(argument);
        using Process git = Process.Start(start) ?? throw new InvalidOperationException("git did not start; these tests need git on the PATH");
        git.StandardOutput.ReadToEnd();
        string errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, $"git {string.Join(' ', arguments)}: {errors}");
    }
}
