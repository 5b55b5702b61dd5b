using ClaimLang.Configuration;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>The nearest claimlang.json at or above the deepest folder that holds every checked path.</summary>
public sealed class ConfigurationLocatorTests : IDisposable
{
    private readonly ConfigurationTempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Finds_the_file_in_the_current_folder_when_no_path_is_given()
    {
        string config = _folder.Write("claimlang.json", "{}");

        ConfigurationLocator.FindNearest([], _folder.Path).ShouldBe(config);
        ConfigurationLocator.FindNearest(["."], _folder.Path).ShouldBe(config);
    }

    [Fact]
    public void Walks_up_from_a_checked_folder_to_the_nearest_file()
    {
        string root = _folder.Write("claimlang.json", "{}");
        string inner = _folder.Write("data/claimlang.json", "{}");
        _folder.CreateFolder("data/aid/2018");

        ConfigurationLocator.FindNearest(["data/aid/2018"], _folder.Path).ShouldBe(inner);
        ConfigurationLocator.FindNearest(["."], _folder.Combine("data/aid")).ShouldBe(inner);
        ConfigurationLocator.FindNearest(["."], _folder.Path).ShouldBe(root);
    }

    [Fact]
    public void A_file_deeper_than_the_checked_folder_does_not_apply()
    {
        _folder.Write("data/claimlang.json", "{}");

        ConfigurationLocator.FindNearest(["."], _folder.Path).ShouldBeNull();
    }

    [Fact]
    public void A_checked_file_counts_as_its_folder()
    {
        string inner = _folder.Write("data/claimlang.json", "{}");
        _folder.Write("data/aid/iran.claim");

        ConfigurationLocator.FindNearest(["data/aid/iran.claim"], _folder.Path).ShouldBe(inner);
    }

    [Fact]
    public void Several_paths_search_from_their_deepest_common_folder()
    {
        string data = _folder.Write("data/claimlang.json", "{}");
        _folder.Write("data/a/claimlang.json", "{}");
        _folder.Write("data/a/x.claim");
        _folder.CreateFolder("data/b/deep");

        // Each path alone would find data/a's file for the first; together they are below data/.
        ConfigurationLocator.SearchStart(["data/a/x.claim", "data/b/deep"], _folder.Path).ShouldBe(_folder.Combine("data"));
        ConfigurationLocator.FindNearest(["data/a/x.claim", "data/b/deep"], _folder.Path).ShouldBe(data);
        ConfigurationLocator.FindNearest(["data/a/x.claim", "data/a"], _folder.Path).ShouldBe(_folder.Combine("data/a/claimlang.json"));
    }

    [Fact]
    public void A_folder_whose_name_extends_another_is_not_inside_it()
    {
        _folder.CreateFolder("data/a");
        _folder.CreateFolder("data/a2");

        ConfigurationLocator.SearchStart(["data/a", "data/a2"], _folder.Path).ShouldBe(_folder.Combine("data"));
    }

    [Fact]
    public void A_missing_path_counts_as_its_parent_folder()
    {
        string data = _folder.Write("data/claimlang.json", "{}");

        ConfigurationLocator.FindNearest(["data/not-yet.claim"], _folder.Path).ShouldBe(data);
    }

    [Fact]
    public void A_folder_named_like_the_file_is_not_a_configuration()
    {
        _folder.CreateFolder("data/claimlang.json");

        ConfigurationLocator.FindNearest(["data"], _folder.Path).ShouldBeNull();
    }

    [Fact]
    public void Absolute_paths_are_taken_as_they_are()
    {
        string data = _folder.Write("data/claimlang.json", "{}");
        string elsewhere = _folder.CreateFolder("elsewhere");

        ConfigurationLocator.FindNearest([_folder.Combine("data")], elsewhere).ShouldBe(data);
    }
}
