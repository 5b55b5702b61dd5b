using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Compilation;

namespace ClaimLang.Cli.Tests.Compilation;

[UseGermanCulture]
public sealed class SourceFileDiscoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Walks_folders_recursively_for_claim_files_sorted_ordinally_with_slashes()
    {
        _folder.Write("b.claim", "");
        _folder.Write("B.claim", "");
        _folder.Write("a/z.claim", "");
        _folder.Write("a.claim", "");
        _folder.Write("a/deep/er/x.claim", "");
        _folder.Write("notes.txt", "");
        _folder.Write("a/x.claim.bak", "");

        var discovery = SourceFileDiscovery.Discover(["."], _folder.Path);

        discovery.Files.ShouldBe(["B.claim", "a.claim", "a/deep/er/x.claim", "a/z.claim", "b.claim"]);
        discovery.MissingPaths.ShouldBeEmpty();
    }

    [Fact]
    public void Skips_build_output_package_and_version_control_folders()
    {
        _folder.Write("bin/a.claim", "");
        _folder.Write("obj/a.claim", "");
        _folder.Write("node_modules/pkg/a.claim", "");
        _folder.Write(".git/a.claim", "");
        _folder.Write("src/obj/a.claim", "");
        _folder.Write("src/binary/a.claim", "");

        SourceFileDiscovery.Discover(["."], _folder.Path).Files.ShouldBe(["src/binary/a.claim"]);
    }

    [Fact]
    public void Takes_a_named_file_whatever_its_extension_and_removes_duplicates()
    {
        _folder.Write("aid/iran.claim", "");
        _folder.Write("aid/draft.txt", "");

        var discovery = SourceFileDiscovery.Discover(["aid/draft.txt", "aid", "./aid/iran.claim"], _folder.Path);

        discovery.Files.ShouldBe(["aid/draft.txt", "aid/iran.claim"]);
    }

    [Fact]
    public void Shows_paths_outside_the_current_folder_relative_to_it()
    {
        _folder.Write("other/a.claim", "");
        Directory.CreateDirectory(_folder.Combine("work"));

        var discovery = SourceFileDiscovery.Discover(["../other"], _folder.Combine("work"));

        discovery.Files.ShouldBe(["../other/a.claim"]);
        File.Exists(discovery.GetFullPath(discovery.Files[0])).ShouldBeTrue();
    }

    [Fact]
    public void Accepts_absolute_paths_and_shows_them_relative()
    {
        string file = _folder.Write("x/a.claim", "");

        SourceFileDiscovery.Discover([file], _folder.Path).Files.ShouldBe(["x/a.claim"]);
    }

    [Fact]
    public void Reports_missing_paths_as_written()
    {
        _folder.Write("a.claim", "");

        var discovery = SourceFileDiscovery.Discover(["a.claim", "nope", "gone/x.claim"], _folder.Path);

        discovery.MissingPaths.ShouldBe(["nope", "gone/x.claim"]);
        discovery.Files.ShouldBe(["a.claim"]);
    }

    [UnixFact("creating links needs extra rights on Windows")]
    public void Does_not_follow_folder_links_so_a_link_cycle_ends()
    {
        _folder.Write("a/x.claim", "");
        Directory.CreateSymbolicLink(_folder.Combine("a/loop"), _folder.Path);

        SourceFileDiscovery.Discover(["."], _folder.Path).Files.ShouldBe(["a/x.claim"]);
    }
}
