using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// claimc build never destroys its input: an output folder that holds the project (its root or
/// an ancestor, the input folder, a folder with a checked file or the claimlang.json) or files
/// claimc did not write is refused with exit 2 before anything is written, and every file stays
/// as it was, byte for byte. A folder claimc wrote, an empty one or a missing one is fine.
/// </summary>
[UseGermanCulture]
public sealed class BuildOutputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_current_folder_that_holds_the_project_is_refused()
    {
        WriteProject("claims");

        AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", ".");
    }

    [Fact]
    public void The_message_says_what_to_do_instead()
    {
        WriteProject("claims");

        CliResult result = Claimc.Run(_folder.Path, "build", "claims", "-o", ".");

        result.Stderr.ShouldContain("claimc: error: '-o .' would replace a folder that holds the project's files; " +
                                    "write the dataset to a folder of its own, such as -o out/dataset");
    }

    [Fact]
    public void An_ancestor_of_the_project_is_refused()
    {
        WriteProject("claims");

        AssertRefusedAndUntouched(_folder.Combine("claims"), "build", ".", "-o", "..");
    }

    [Fact]
    public void The_input_folder_itself_is_refused()
    {
        WriteProject("claims");

        AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", "claims");
    }

    [Fact]
    public void The_folder_of_the_configuration_file_is_refused()
    {
        _folder.Write("project/claimlang.json", "{}");
        WriteProject("project/claims");

        AssertRefusedAndUntouched(_folder.Path, "build", "project/claims", "-o", "project");
    }

    [Fact]
    public void A_subfolder_that_holds_a_checked_file_is_refused()
    {
        _folder.Write("claims/decls.claim", SmallProject.Declarations);
        _folder.Write("claims/iran/aid.claim", SmallProject.Claim);

        AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", "claims/iran");
    }

    [Fact]
    public void A_project_folder_that_also_holds_a_dataset_claimc_wrote_is_still_refused()
    {
        WriteProject("claims");
        WriteDatasetMark("claims");

        AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", "claims");
    }

    [UnixFact("symbolic links")]
    public void A_link_to_the_input_folder_is_refused() =>
        AssertRefusedThroughLink(project: "claims", link: "link", target: "claims", output: "link");

    [UnixFact("symbolic links")]
    public void A_folder_under_a_link_to_the_project_is_refused() =>
        AssertRefusedThroughLink(project: "work/claims", link: "shortcut", target: "work", output: "shortcut/claims");

    // The link leads to a project folder marked as a dataset too, so only following it tells it is the project.
    private void AssertRefusedThroughLink(string project, string link, string target, string output)
    {
        WriteProject(project);
        WriteDatasetMark(project);
        File.CreateSymbolicLink(_folder.Combine(link), target);

        AssertRefusedAndUntouched(_folder.Path, "build", project, "-o", output);
    }

    [Fact]
    public void A_folder_with_files_claimc_did_not_write_is_refused()
    {
        WriteProject("claims");
        _folder.Write("notes/notes.txt", "my notes\n");

        CliResult result = AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", "notes");

        result.Stderr.ShouldContain("'-o notes' is a folder that holds files but no dataset claimc wrote");
    }

    [Fact]
    public void Another_data_package_is_not_a_dataset_claimc_wrote()
    {
        WriteProject("claims");
        _folder.Write("other/datapackage.json", "{ \"profile\": \"data-package\", \"name\": \"budget\" }\n");
        _folder.Write("other/budget.csv", "year,amount\n");

        AssertRefusedAndUntouched(_folder.Path, "build", "claims", "-o", "other");
    }

    [Fact]
    public void A_dataset_claimc_wrote_is_replaced_on_the_next_build()
    {
        WriteProject("claims");
        Claimc.Run(_folder.Path, "build", "claims", "-o", "out").ExitCode.ShouldBe(0);
        _folder.Write("claims/more.claim", SmallProject.Claim);

        CliResult result = Claimc.Run(_folder.Path, "build", "claims", "-o", "out");

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        File.ReadAllText(_folder.Combine("out/claims.csv")).TrimEnd('\n').Split('\n').Length.ShouldBe(3);
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["claims", "out"]);
    }

    [Fact]
    public void An_empty_folder_is_fine()
    {
        WriteProject("claims");
        Directory.CreateDirectory(_folder.Combine("out"));

        CliResult result = Claimc.Run(_folder.Path, "build", "claims", "-o", "out");

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        File.Exists(_folder.Combine("out/datapackage.json")).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_beside_the_project_inside_its_root_is_fine()
    {
        _folder.Write("claimlang.json", "{}");
        WriteProject("claims");

        Claimc.Run(_folder.Path, "build", "-o", "out/dataset").ExitCode.ShouldBe(0);

        File.Exists(_folder.Combine("out/dataset/claims.csv")).ShouldBeTrue();
        File.ReadAllText(_folder.Combine("claims/aid.claim")).ShouldBe(SmallProject.Claim);
    }

    private void WriteProject(string folder) => SmallProject.Write(_folder, folder);

    // The descriptor of a dataset claimc wrote, as if an older claimc had built into the folder.
    private void WriteDatasetMark(string folder) =>
        _folder.Write(folder + "/datapackage.json", "{ \"profile\": \"data-package\", \"name\": \"claimlang-dataset\" }\n");

    private CliResult AssertRefusedAndUntouched(string currentDirectory, params string[] args)
    {
        Dictionary<string, byte[]?> before = FolderSnapshot.Of(_folder.Path);

        CliResult result = Claimc.Run(currentDirectory, args);

        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        result.Stderr.ShouldContain("claimc: error: '-o ");
        FolderSnapshot.Of(_folder.Path).ShouldBeSameAs(before);
        return result;
    }
}
