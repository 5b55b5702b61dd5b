using System.Diagnostics;
using System.Formats.Tar;

namespace ClaimLang.Cli.Diffing;

/// <summary>
/// A project folder as it was at a git revision, written out into a temporary folder (with
/// <c>git archive</c>, so nothing in the working tree or the index is touched). Deleted on dispose.
/// </summary>
internal sealed class GitSnapshot : IDisposable
{
    private readonly string _root;

    private GitSnapshot(string root, string folder)
    {
        _root = root;
        Folder = folder;
    }

    /// <summary>The snapshot's copy of the folder that was asked for.</summary>
    public string Folder { get; }

    /// <exception cref="CliErrorException">git is missing, the folder is not in a repository, or the revision is unknown.</exception>
    public static GitSnapshot Take(string folder, string revision)
    {
        string repository = Git(folder, ["rev-parse", "--show-toplevel"]).Trim();
        string prefix = Git(folder, ["rev-parse", "--show-prefix"]).Trim().TrimEnd('/');
        Git(folder, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], $"'{revision}' is not a commit in this repository");
        string root = Directory.CreateTempSubdirectory("claimc-diff-").FullName;
        try
        {
            using Process git = Start(repository, ["archive", "--format=tar", revision, "--", prefix.Length == 0 ? "." : prefix]);
            TarFile.ExtractToDirectory(git.StandardOutput.BaseStream, root, overwriteFiles: true);
            string errors = git.StandardError.ReadToEnd();
            git.WaitForExit();
            // A folder that did not exist at the revision is an empty project then, not a mistake.
            if (git.ExitCode != 0 && !errors.Contains("did not match any files", StringComparison.Ordinal))
                throw new CliErrorException($"git archive {revision} failed: {errors.Trim()}");
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
        string copy = Path.Combine(root, prefix.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(copy);
        return new GitSnapshot(root, copy);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    // Standard output of a git command; when it fails, `failure` (or else git's own message) says why.
    private static string Git(string folder, string[] arguments, string? failure = null)
    {
        using Process git = Start(folder, arguments);
        string output = git.StandardOutput.ReadToEnd();
        string errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new CliErrorException($"cannot read the project at the revision: {failure ?? errors.Trim()}");
        return output;
    }

    private static Process Start(string folder, string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            return Process.Start(start) ?? throw new CliErrorException("cannot start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CliErrorException($"--git needs git on the PATH ({e.Message})", e);
        }
    }
}
