using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Compilation;
using ClaimLang.Configuration;

namespace ClaimLang.Cli.Tests.Compilation;

/// <summary>Discovery with a claimlang.json: its globs choose what a folder walk finds; named files are always taken.</summary>
[UseGermanCulture]
public sealed class SourceFileDiscoveryWithConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ClaimLangConfiguration Configuration(string json, string at = ClaimLangConfiguration.FileName)
    {
        ConfigurationLoadResult result = ConfigurationLoader.Load(_folder.Write(at, json));
        result.Diagnostics.ShouldBeEmpty();
        return result.Configuration;
    }

    [Fact]
    public void Exclude_globs_leave_files_out_of_a_folder_walk()
    {
        _folder.Write("aid/iran.claim", "");
        _folder.Write("drafts/new.claim", "");
        _folder.Write("aid/drafts/kept.claim", "");
        ClaimLangConfiguration configuration = Configuration("""{ "exclude": ["drafts/**"] }""");

        SourceFileDiscovery.Discover(["."], _folder.Path, configuration).Files.ShouldBe(["aid/drafts/kept.claim", "aid/iran.claim"]);
    }

    [Fact]
    public void Globs_are_relative_to_the_configurations_folder_not_the_current_one()
    {
        _folder.Write("data/aid/iran.claim", "");
        _folder.Write("data/drafts/new.claim", "");
        ClaimLangConfiguration configuration = Configuration("""{ "exclude": ["data/drafts/**"] }""");

        SourceFileDiscovery.Discover(["."], _folder.Combine("data"), configuration).Files.ShouldBe(["aid/iran.claim"]);
    }

    [Fact]
    public void A_file_named_explicitly_is_taken_even_when_excluded()
    {
        _folder.Write("drafts/new.claim", "");
        _folder.Write("drafts/other.claim", "");
        ClaimLangConfiguration configuration = Configuration("""{ "exclude": ["drafts/**"] }""");

        SourceFileDiscovery.Discover(["drafts/new.claim", "drafts"], _folder.Path, configuration).Files.ShouldBe(["drafts/new.claim"]);
    }

    [Fact]
    public void Include_globs_replace_the_extension_test()
    {
        _folder.Write("data/a.claim", "");
        _folder.Write("legacy/b.txt", "");
        _folder.Write("other/c.claim", "");
        ClaimLangConfiguration configuration = Configuration("""{ "include": ["data/**/*.claim", "legacy/*.txt"] }""");

        SourceFileDiscovery.Discover(["."], _folder.Path, configuration).Files.ShouldBe(["data/a.claim", "legacy/b.txt"]);
    }

    [Fact]
    public void Build_output_and_version_control_folders_stay_skipped_whatever_the_globs()
    {
        _folder.Write("bin/a.claim", "");
        _folder.Write(".git/a.claim", "");
        _folder.Write("src/a.claim", "");
        ClaimLangConfiguration configuration = Configuration("""{ "include": ["**/*"] }""");

        SourceFileDiscovery.Discover(["."], _folder.Path, configuration).Files.ShouldBe(["claimlang.json", "src/a.claim"]);
    }

    [Fact]
    public void Without_a_configuration_every_claim_file_is_found_as_before()
    {
        _folder.Write("drafts/new.claim", "");
        _folder.Write("notes.txt", "");

        SourceFileDiscovery.Discover(["."], _folder.Path, configuration: null).Files.ShouldBe(["drafts/new.claim"]);
    }
}
