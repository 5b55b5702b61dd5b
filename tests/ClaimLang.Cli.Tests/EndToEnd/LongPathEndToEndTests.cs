using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// A path longer than the system can open is exit 2 with what is too long and what to do,
/// not "does not exist" or "Could not find a part of the path" (docs/reliability.md).
/// </summary>
[UseGermanCulture]
public sealed class LongPathEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [UnixFact("the limits are those of Linux and macOS; Windows opens long paths")]
    public void A_file_name_longer_than_the_system_allows_is_named_as_too_long()
    {
        CliResult result = Claimc.Run(_folder.Path, "check", new string('a', 300) + ".claim");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("is 306 bytes long, and the system allows at most 255 here; rename it or give a shorter name");
        result.Stderr.ShouldNotContain("does not exist");
    }

    [UnixFact("the limits are those of Linux and macOS; Windows opens long paths")]
    public void A_project_whose_folders_nest_beyond_the_longest_path_says_so()
    {
        // Made one folder at a time from inside the last, as a checkout of a deep tree would be:
        // the system refuses the whole path at once.
        string segment = new('d', 200);
        string relative = string.Join('/', Enumerable.Repeat(segment, 25));
        _folder.Write("top.claim", "// nothing claimed\n");
        MakeNested(_folder.Path, segment, 25);

        CliResult result;
        try
        {
            result = Claimc.Run(_folder.Path, "check");
        }
        finally
        {
            Unnest(_folder.Path, segment); // the temporary folder can then be deleted
        }

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldStartWith("claimc: error: cannot read the project: '");
        result.Stderr.ShouldContain("cannot be opened: its full path is");
        result.Stderr.ShouldContain("move the project to a shorter folder or shorten the folder names in it");
        result.Stderr.ShouldNotContain("Could not find a part of the path");
        relative.Length.ShouldBeGreaterThan(4096);
    }

    [UnixFact("the limits are those of Linux and macOS; Windows opens long paths")]
    public void A_dataset_folder_name_too_long_for_its_temporary_neighbour_is_refused_before_the_build()
    {
        _folder.Write("ok.claim", "// nothing claimed\n");
        string output = new('o', 240);

        CliResult result = Claimc.Run(_folder.Path, "build", "ok.claim", "-o", output);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("is 240 bytes long, and the system allows at most 231 here; rename it or give a shorter name");
        result.Stderr.ShouldNotContain("claimc-new");
    }

    [UnixFact("the limits are those of Linux and macOS; Windows opens long paths")]
    public void A_report_file_name_too_long_is_said_so()
    {
        _folder.Write("ok.claim", "// nothing claimed\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "ok.claim", "-o", new string('r', 300));

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("is 300 bytes long, and the system allows at most 255 here");
    }

    // The system refuses to make a path past its limit at once, so the tree is built from the
    // bottom up: the deepest folder is wrapped in a new one, level after level, each step a
    // rename of short paths.
    private static void MakeNested(string root, string segment, int depth)
    {
        string scratch = Path.Combine(root, "scratch");
        Directory.CreateDirectory(Path.Combine(scratch, segment));
        File.WriteAllText(Path.Combine(scratch, segment, "deep.claim"), "// nothing claimed\n");
        for (int level = 1; level < depth; level++)
        {
            string wrapper = Path.Combine(root, "wrap");
            Directory.CreateDirectory(wrapper);
            Directory.Move(Path.Combine(scratch, segment), Path.Combine(wrapper, segment));
            Directory.Move(wrapper, Path.Combine(scratch, segment));
        }
        Directory.Move(Path.Combine(scratch, segment), Path.Combine(root, segment));
        Directory.Delete(scratch);
    }

    // Lifts each level up beside the first, so that no path is too long to delete.
    private static void Unnest(string root, string segment)
    {
        string current = Path.Combine(root, segment);
        for (int level = 0; Directory.Exists(Path.Combine(current, segment)); level++)
        {
            string lifted = Path.Combine(root, $"lifted{level}");
            Directory.Move(Path.Combine(current, segment), lifted);
            current = lifted;
        }
    }
}
