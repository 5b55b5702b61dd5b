using ClaimLang.Core.Tests.Binding;
using ClaimLang.Editing;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Go to definition, find references and document highlights (docs/language.md, "Editors").</summary>
public sealed class NavigationTests
{
    // Declared in a file whose path sorts after the claims', so "declaration first" is not file order.
    private const string Declarations = ProjectBuilder.Declarations + """

        unit barrel { kind count }
        metric oil { kind flow  unit barrel }
        """;

    private static NavigationProject Project(string markedClaims, string declarations = Declarations) =>
        NavigationProject.Create(("a/claims.claim", markedClaims), ("z/decls.claim", declarations));

    private static string? DefinitionText(NavigationProject project, int position) =>
        Navigation.GetDefinition(project.Model, position) is { } location
            ? $"{location.FilePath}({location.Start}) '{project.TreeOf(location.FilePath).Text.ToString(location.Span)}'"
            : null;

    [Theory]
    [InlineData("source BBC_Persian says $$Iran -> Syria aid 36e9 USD 2011")]   // at the start
    [InlineData("source BBC_Persian says Ir$$an -> Syria aid 36e9 USD 2011")]   // in the middle
    [InlineData("source BBC_Persian says Iran$$ -> Syria aid 36e9 USD 2011")]   // just after the end
    [InlineData("source BBC_Persian says Iran$$->Syria aid 36e9 USD 2011")]     // just after, touching the arrow
    public void Definition_of_a_name_in_a_claim_is_its_declaration_in_another_file(string claims) =>
        DefinitionText(Project(claims), Project(claims).Position).ShouldBe("z/decls.claim(4,8) 'Iran'");

    [Theory]
    [InlineData("source $$BBC_Persian says Iran -> Syria aid 36e9 USD 2011", "z/decls.claim(1,8) 'BBC_Persian'")]
    [InlineData("source Bloomberg quoting $$de_Mistura says Iran -> Syria aid 36e9 USD 2011", "z/decls.claim(3,8) 'de_Mistura'")]
    [InlineData("source BBC_Persian says Iran -> $$Syria aid 36e9 USD 2011", "z/decls.claim(5,8) 'Syria'")]
    [InlineData("source BBC_Persian says Iran -> Syria $$aid 36e9 USD 2011", "z/decls.claim(6,8) 'aid'")]
    [InlineData("source BBC_Persian says Iran -> Syria oil 5e6 $$barrel 2011", "z/decls.claim(7,6) 'barrel'")]
    [InlineData("bbc: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011 as of 2012 note \"x\"\n  // about Iran\nsource $$Bloomberg says Iran aid 5 USD 2011",
        "z/decls.claim(2,8) 'Bloomberg'")]
    public void Every_place_of_a_claim_that_holds_a_name_leads_to_its_declaration(string claims, string expected)
    {
        var project = Project(claims);
        DefinitionText(project, project.Position).ShouldBe(expected);
    }

    [Fact]
    public void A_unit_named_in_a_metric_declaration_leads_to_the_unit_declaration()
    {
        var project = NavigationProject.Of("unit barrel { kind count }\nmetric oil { kind flow  unit bar$$rel }");
        DefinitionText(project, project.Position).ShouldBe("test.claim(1,6) 'barrel'");
    }

    [Fact]
    public void The_definition_of_a_declared_name_is_the_declaration_itself()
    {
        var project = Project("source BBC_Persian says Iran aid 5 USD 2011", "entity $$Iran\nsource BBC_Persian\nmetric aid");
        DefinitionText(project, project.Position).ShouldBe("z/decls.claim(1,8) 'Iran'");
    }

    [Fact]
    public void A_name_used_as_the_wrong_kind_still_leads_to_the_declaration_the_binder_reports_it_against()
    {
        var project = Project("source $$Iran says Iran -> Syria aid 36e9 USD 2011");
        project.Compilation.GetDiagnostics().ShouldContain(d => d.Id == "CL1003");
        DefinitionText(project, project.Position).ShouldBe("z/decls.claim(4,8) 'Iran'");
    }

    [Theory]
    [InlineData("source BBC_Persian $$says Iran -> Syria aid 36e9 USD 2011")]          // a keyword
    [InlineData("$$source BBC_Persian says Iran -> Syria aid 36e9 USD 2011")]          // the keyword that starts a claim
    [InlineData("source BBC_Persian says Iran -> Syria aid 3$$6e9 USD 2011")]          // a number
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 20$$11")]          // a year
    [InlineData("source BBC_Persian says Iran -$$> Syria aid 36e9 USD 2011")]          // the arrow
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2011 note \"Ir$$an\"")] // a string
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2011 // Ir$$an")]   // a comment
    [InlineData("source BBC_Persian says Iran ->  $$ Syria aid 36e9 USD 2011")]         // whitespace between names
    [InlineData("lab$$el: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011")]    // a claim's label
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 U$$SD 2011")]           // a built-in unit
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD/y$$r 2011")]        // a time unit
    [InlineData("source BBC_Persian says Iran poverty 5 $$% 2011")]                    // %
    [InlineData("source BBC_Persian says Iran -> Syria trans$$fer 36e9 USD 2011")]     // the built-in metric
    [InlineData("source BBC_Persian says Ir$$am -> Syria aid 36e9 USD 2011")]           // an undeclared name
    public void There_is_no_definition_where_there_is_no_declared_name(string claims)
    {
        var project = Project(claims);
        Navigation.GetDefinition(project.Model, project.Position).ShouldBeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void A_position_outside_the_text_finds_nothing(int position)
    {
        var project = Project("$$source BBC_Persian says Iran -> Syria aid 36e9 USD 2011");
        Navigation.GetDefinition(project.Model, position).ShouldBeNull();
        Navigation.FindReferences(project.Model, position, includeDeclaration: true).ShouldBeEmpty();
        Navigation.GetHighlights(project.Model, position).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_with_syntax_errors_still_navigates_from_what_parsed()
    {
        var project = Project("source BBC_Persian says $$Iran -> Syria aid 36e9\nsource Bloomberg says Iran -> 2011 USD");
        project.Tree.Diagnostics.ShouldNotBeEmpty();
        DefinitionText(project, project.Position).ShouldBe("z/decls.claim(4,8) 'Iran'");
        Navigation.FindReferences(project.Model, project.Position, includeDeclaration: false).Length.ShouldBeGreaterThanOrEqualTo(2);
    }

    private static string[] References(NavigationProject project, int position, bool includeDeclaration = true) =>
        [.. Navigation.FindReferences(project.Model, position, includeDeclaration)
            .Select(location => $"{location.FilePath}({location.Start}) '{project.TreeOf(location.FilePath).Text.ToString(location.Span)}'")];

    private const string TwoFilesOfClaims = """
        source BBC_Persian says $$Iran -> Syria aid 36e9 USD 2011
        // Iran, in a comment, and in a string below, are no references
        source Bloomberg says Iran -> Syria aid 1e9 USD 2012 note "Iran"
        """;

    private static NavigationProject ThreeFiles(string claims = TwoFilesOfClaims) => NavigationProject.Create(
        ("b/more.claim", "source Bloomberg quoting de_Mistura says Syria -> Iran aid 2e9 USD 2013\nIran_gov: source Bloomberg says Iran aid 5 USD 2014"),
        ("a/claims.claim", claims),
        ("z/decls.claim", Declarations));

    [Fact]
    public void References_are_the_declaration_then_every_use_by_file_path_and_position()
    {
        var project = ThreeFiles();
        References(project, project.Position).ShouldBe(
        [
            "z/decls.claim(4,8) 'Iran'",
            "a/claims.claim(1,25) 'Iran'",
            "a/claims.claim(3,23) 'Iran'",
            "b/more.claim(1,51) 'Iran'",
            "b/more.claim(2,33) 'Iran'",
        ]);
    }

    [Fact]
    public void References_can_leave_the_declaration_out()
    {
        var project = ThreeFiles();
        References(project, project.Position, includeDeclaration: false).ShouldBe(
            ["a/claims.claim(1,25) 'Iran'", "a/claims.claim(3,23) 'Iran'", "b/more.claim(1,51) 'Iran'", "b/more.claim(2,33) 'Iran'"]);
    }

    [Fact]
    public void References_from_the_declaration_are_the_same_as_from_a_use()
    {
        var fromUse = ThreeFiles();
        var fromDeclaration = NavigationProject.Create(
            ("b/more.claim", FileTextChangeApplier.TextOf(fromUse.Compilation, "b/more.claim")),
            ("a/claims.claim", FileTextChangeApplier.TextOf(fromUse.Compilation, "a/claims.claim")),
            ("z/decls.claim", Declarations.Replace("entity Iran", "entity I$$ran", StringComparison.Ordinal)));
        References(fromDeclaration, fromDeclaration.Position).ShouldBe(References(fromUse, fromUse.Position));
    }

    [Fact]
    public void References_of_a_declared_unit_include_metric_declarations_and_claims_but_no_built_in_namesake()
    {
        var project = NavigationProject.Create(
            ("a.claim", "source S says A -> B oil 5 bar$$rel 2011\nsource S says A -> B oil 5 barrels 2012"),
            ("b.claim", "source S\nentity A\nentity B\nunit barrel { kind count }\nmetric oil { kind flow  unit barrel }\nunit USD { kind count }"));
        References(project, project.Position).ShouldBe(
            ["b.claim(4,6) 'barrel'", "a.claim(1,28) 'barrel'", "b.claim(5,30) 'barrel'"]);
    }

    [Fact]
    public void A_unit_that_redefines_a_built_in_one_has_no_uses_since_the_claims_mean_the_built_in_unit()
    {
        var project = NavigationProject.Of("unit U$$SD { kind count }\nsource S\nentity A\nsource S says A 5 USD 2011");
        References(project, project.Position).ShouldBe(["test.claim(1,6) 'USD'"]);
    }

    [Fact]
    public void References_include_uses_of_the_wrong_kind()
    {
        var project = Project("source $$Iran says Iran -> Syria aid 36e9 USD 2011");
        References(project, project.Position).ShouldBe(
            ["z/decls.claim(4,8) 'Iran'", "a/claims.claim(1,8) 'Iran'", "a/claims.claim(1,18) 'Iran'"]);
    }

    [Fact]
    public void References_of_the_built_in_metric_are_its_uses()
    {
        var project = Project("source BBC_Persian says Iran -> Syria $$transfer 1 USD 2011\nsource Bloomberg says Iran -> Syria transfer 2 USD 2012");
        References(project, project.Position).ShouldBe(["a/claims.claim(1,39) 'transfer'", "a/claims.claim(2,37) 'transfer'"]);
    }

    [Fact]
    public void A_name_declared_twice_refers_to_its_first_declaration_and_the_second_has_no_uses()
    {
        var project = NavigationProject.Create(
            ("a.claim", "entity Iran\nmetric aid\nsource S\nsource S says Iran aid 5 USD 2011"),
            ("b.claim", "person $$Iran"));
        project.Compilation.GetDiagnostics().ShouldContain(d => d.Id == "CL1002");
        References(project, project.Position).ShouldBe(["b.claim(1,8) 'Iran'"]);
        DefinitionText(project, project.Position).ShouldBe("b.claim(1,8) 'Iran'");
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 U$$SD 2011")]
    [InlineData("source BBC_Persian says Ir$$am -> Syria aid 36e9 USD 2011")]
    [InlineData("source BBC_Persian $$says Iran -> Syria aid 36e9 USD 2011")]
    public void There_are_no_references_where_there_is_no_declared_name(string claims)
    {
        var project = Project(claims);
        Navigation.FindReferences(project.Model, project.Position, includeDeclaration: true).ShouldBeEmpty();
        Navigation.GetHighlights(project.Model, project.Position).ShouldBeEmpty();
    }

    [Fact]
    public void Highlights_are_the_occurrences_in_the_file_only_in_order()
    {
        var project = ThreeFiles();
        Navigation.GetHighlights(project.Model, project.Position).ShouldBe(
            [project.SpanOf("a/claims.claim", "Iran", 0), project.SpanOf("a/claims.claim", "Iran", 2)]);
    }

    [Fact]
    public void Highlights_include_the_declaration_when_it_is_in_the_file()
    {
        var project = NavigationProject.Of("entity Iran\nmetric aid\nsource S\nsource S says Ir$$an aid 5 USD 2011\nsource S says Iran aid 6 USD 2012");
        Navigation.GetHighlights(project.Model, project.Position).ShouldBe(
            [new TextSpan(7, 4), project.SpanOf("test.claim", "Iran", 1), project.SpanOf("test.claim", "Iran", 2)]);
    }

    [Fact]
    public void In_the_reference_article_aid_is_used_by_every_claim_and_Bloomberg_by_two()
    {
        string article = NavigationProject.ReferenceArticle();
        var aid = NavigationProject.Of(article.Replace("Syria aid 36e9", "Syria a$$id 36e9", StringComparison.Ordinal), "iran-syria.claim");
        References(aid, aid.Position, includeDeclaration: false).Length.ShouldBe(6);
        Navigation.FindReferences(aid.Model, aid.Position, includeDeclaration: true)[0].Start.Line.ShouldBe(9);

        var bloomberg = NavigationProject.Of(article.Replace("source Bloomberg \"", "source Bloom$$berg \"", StringComparison.Ordinal), "iran-syria.claim");
        References(bloomberg, bloomberg.Position, includeDeclaration: false).Length.ShouldBe(2);
    }
}
