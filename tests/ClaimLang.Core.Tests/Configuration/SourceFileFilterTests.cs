using ClaimLang.Configuration;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>Include and exclude globs, relative to the configuration's folder.</summary>
public sealed class SourceFileFilterTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "project"));

    private static SourceFileFilter Filter(string json) =>
        new(ConfigurationLoader.Parse(json, Path.Combine(Root, ClaimLangConfiguration.FileName)) is { IsValid: true } result
            ? result.Configuration
            : throw new ArgumentException("invalid configuration", nameof(json)));

    private static bool Includes(SourceFileFilter filter, string relativePath) =>
        filter.IsIncluded(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    [Theory]
    [InlineData("a.claim", true)]
    [InlineData("deep/er/a.claim", true)]
    [InlineData("A.CLAIM", true)]
    [InlineData("notes.txt", false)]
    [InlineData("a.claim.bak", false)]
    public void The_default_includes_every_claim_file_below_the_folder(string path, bool included) =>
        Includes(Filter("{}"), path).ShouldBe(included);

    [Theory]
    [InlineData("drafts/**", "drafts/a.claim", false)]
    [InlineData("drafts/**", "drafts/deep/a.claim", false)]
    [InlineData("drafts/**", "data/drafts/a.claim", true)]
    [InlineData("**/drafts/**", "data/drafts/a.claim", false)]
    [InlineData("drafts", "drafts/a.claim", false)]
    [InlineData("Drafts/**", "drafts/a.claim", false)]
    [InlineData("**/*.old.claim", "data/a.old.claim", false)]
    [InlineData("**/*.old.claim", "data/a.claim", true)]
    public void Exclude_globs_leave_files_out(string exclude, string path, bool included) =>
        Includes(Filter($$"""{ "exclude": ["{{exclude}}"] }"""), path).ShouldBe(included);

    [Fact]
    public void Include_globs_choose_the_files_whatever_their_extension()
    {
        SourceFileFilter filter = Filter("""{ "include": ["data/**/*.claim", "legacy/*.txt"] }""");

        Includes(filter, "data/x/a.claim").ShouldBeTrue();
        Includes(filter, "other/a.claim").ShouldBeFalse();
        Includes(filter, "legacy/a.txt").ShouldBeTrue();
        Includes(filter, "legacy/deeper/a.txt").ShouldBeFalse();
    }

    [Fact]
    public void A_file_outside_the_folder_is_never_included()
    {
        SourceFileFilter filter = Filter("""{ "include": ["**/*"] }""");

        filter.IsIncluded(Path.Combine(Path.GetDirectoryName(Root)!, "elsewhere", "a.claim")).ShouldBeFalse();
        filter.Folder.ShouldBe(Root);
    }

    [Fact]
    public void An_empty_include_list_includes_nothing() =>
        Includes(Filter("""{ "include": [] }"""), "a.claim").ShouldBeFalse();
}
