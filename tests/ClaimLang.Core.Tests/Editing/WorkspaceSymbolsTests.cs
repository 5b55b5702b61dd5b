using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Editing;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Project-wide symbol search (docs/language.md, "Editors": workspace symbols).</summary>
public sealed class WorkspaceSymbolsTests
{
    private static readonly ClaimCompilation Project = ProjectBuilder.Compile(
        ("z/decls.claim", ProjectBuilder.Declarations + "\nentity Iraq\nunit barrel { kind count }"),
        ("a/claims.claim", """
            bbc_6y: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016
            source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018
            iran_2019: source Bloomberg says Iran -> Iraq aid 1e9 USD 2019
            """));

    private static string[] Found(string query, int limit = WorkspaceSymbols.DefaultLimit) =>
        [.. WorkspaceSymbols.Find(Project, query, limit).Select(item => $"{item.Kind} {item.Name} {item.ContainerName}({item.Location.Start})")];

    [Fact]
    public void An_empty_query_finds_every_declaration_and_labelled_claim_by_name()
    {
        Found("").ShouldBe(
        [
            "Source BBC_Persian z/decls.claim(1,8)",
            "Source Bloomberg z/decls.claim(2,8)",
            "Entity Iran z/decls.claim(4,8)",
            "Entity Iraq z/decls.claim(7,8)",
            "Entity Syria z/decls.claim(5,8)",
            "Metric aid z/decls.claim(6,8)",
            "Unit barrel z/decls.claim(8,6)",
            "Claim bbc_6y a/claims.claim(1,1)",
            "Person de_Mistura z/decls.claim(3,8)",
            "Claim iran_2019 a/claims.claim(3,1)",
        ]);
    }

    [Fact]
    public void The_exact_name_comes_first_then_names_it_begins_then_names_that_hold_its_letters_in_order()
    {
        Found("iran").ShouldBe(
        [
            "Entity Iran z/decls.claim(4,8)",
            "Claim iran_2019 a/claims.claim(3,1)",
        ]);
        Found("ira").ShouldBe(
        [
            "Entity Iran z/decls.claim(4,8)",
            "Entity Iraq z/decls.claim(7,8)",
            "Claim iran_2019 a/claims.claim(3,1)",
            "Person de_Mistura z/decls.claim(3,8)", // de_M-i-stu-r-a
        ]);
        Found("BBC").ShouldBe(["Source BBC_Persian z/decls.claim(1,8)", "Claim bbc_6y a/claims.claim(1,1)"]);
        Found("bcp").ShouldBe(["Source BBC_Persian z/decls.claim(1,8)"]);
        Found("ai").ShouldBe(["Metric aid z/decls.claim(6,8)"]); // Syria and de_Mistura hold an 'i' before the 'a', not after
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("Iran_x")]
    [InlineData("aidd")]
    public void A_query_whose_letters_no_name_holds_in_order_finds_nothing(string query) => Found(query).ShouldBeEmpty();

    [Fact]
    public void Unlabelled_claims_are_not_symbols() =>
        WorkspaceSymbols.Find(Project, "").Count(item => item.Kind == EditorSymbolKind.Claim).ShouldBe(2);

    [Fact]
    public void The_limit_keeps_the_best_matches_wherever_they_are_in_the_project()
    {
        Found("ira", limit: 1).ShouldBe(["Entity Iran z/decls.claim(4,8)"]);
        Found("", limit: 3).ShouldBe(Found("")[..3]);
        Found("", limit: 0).ShouldBeEmpty();
        Should.Throw<ArgumentOutOfRangeException>(() => WorkspaceSymbols.Find(Project, "", -1));
    }

    [Fact]
    public void A_name_in_several_files_is_found_in_each_in_path_order()
    {
        var project = ProjectBuilder.Compile(("b.claim", "entity Iran"), ("a.claim", "\nperson Iran"));
        WorkspaceSymbols.Find(project, "Iran").Select(item => $"{item.Kind} {item.Location}").ShouldBe(
            ["Person a.claim(2,8)", "Entity b.claim(1,8)"]);
    }

    [Fact]
    public void Locations_are_the_names_and_containers_the_files()
    {
        var item = WorkspaceSymbols.Find(Project, "barrel").ShouldHaveSingleItem();
        item.Location.FilePath.ShouldBe("z/decls.claim");
        item.ContainerName.ShouldBe("z/decls.claim");
        FileTextChangeApplier.TextOf(Project, "z/decls.claim").Substring(item.Location.Span.Start, item.Location.Span.Length).ShouldBe("barrel");
    }
}
