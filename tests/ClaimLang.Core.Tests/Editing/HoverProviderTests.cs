using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Hover on names (declared and used), on the parts of claims (their meaning and findings), and on what is neither.</summary>
public sealed class HoverProviderTests
{
    /// <summary>The reference article as docs/language.md encodes it.</summary>
    internal static string ReferenceArticle() => LanguageReference.ReferenceArticle();

    // Seven lines: a claim after them, on a line of its own, is on line 8.
    private const string Declarations = ProjectBuilder.Declarations + "\nunit barrel \"Barrel of oil\" { kind count }";

    private static HoverInfo? Hover(string marked, params (string Path, string Text)[] otherFiles)
    {
        var source = MarkedSource.Parse(marked);
        ClaimCompilation compilation = ProjectBuilder.Compile([.. otherFiles, ("edit.claim", source.Text)]);
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == "edit.claim");
        return HoverProvider.GetHover(compilation.GetSemanticModel(tree), source.Position, compilation.GetDiagnostics());
    }

    private static string Markdown(string marked, params (string Path, string Text)[] otherFiles) =>
        Hover(marked, otherFiles).ShouldNotBeNull().Markdown;

    /// <summary>The reference article with the caret before the first <paramref name="found"/> after <paramref name="from"/>.</summary>
    private static string ArticleMarked(string found, string from = "")
    {
        string article = ReferenceArticle();
        int at = article.IndexOf(found, article.IndexOf(from, StringComparison.Ordinal), StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"the article should hold '{found}'");
        return article.Insert(at, "$$");
    }

    private static string ArticleMarkdown(string found, string from = "") => Markdown(ArticleMarked(found, from));

    [Fact]
    public void A_rate_claim_shows_the_numbers_of_its_dataset_row_and_the_conflict_it_takes_part_in()
    {
        HoverInfo hover = Hover(ArticleMarked("15e9..20e9")).ShouldNotBeNull();
        hover.Markdown.ShouldBe("""
            **claim** `heydemann`

            `attribution` Heydemann · `subject` Iran -\> Syria · `metric` aid

            - `amount` `15e9..20e9` · `unit` USD (US Dollar) · `rate_per` year
            - `low`, `high` 14.5e9..20.5e9 USD per year
            - `period_start` 2011-01-01 · `period_end` 2015-12-31 · 1826 days · `duration_years` 5 years
            - `total_low`, `total_high` 72.5e9..102.5e9 USD over the period
            - `as_of` 2015-06

            **Findings**

            - warning CL4001: 15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC\_Persian says at most 36.5e9 USD over 2011..2016, which contains that period

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_hover_spans_the_token_under_the_pointer()
    {
        string marked = ArticleMarked("15e9..20e9");
        var source = MarkedSource.Parse(marked);
        Hover(marked).ShouldNotBeNull().Span.ShouldBe(new TextSpan(source.Position, "15e9".Length));
    }

    [Fact]
    public void A_finding_is_listed_in_the_hover_of_every_claim_it_names()
    {
        // CL4001 is reported at heydemann; bbc_6y is one of its related locations.
        ArticleMarkdown("36e9").ShouldContain("- warning CL4001: 15e9..20e9 USD/yr over 2011..2015");
        ArticleMarkdown("says", "bbc_2y").ShouldEndWith("No findings.");
    }

    [Fact]
    public void Every_part_of_a_claim_that_is_not_a_name_shows_the_claim()
    {
        foreach (string part in new[] { "heydemann", ":", "source", "quoting", "says", "->", " aid 15e9", "..20e9", "USD/yr 2011", "/yr 2011", "yr 2011..2015", "2011..2015", "..2015", "as of 2015", "of 2015", "2015-06" })
            ArticleMarkdown(part, "heydemann:").ShouldStartWith("**claim** `heydemann`", customMessage: part);
    }

    [Fact]
    public void White_space_inside_a_claim_shows_the_claim()
    {
        ArticleMarkdown(" says", "heydemann:").ShouldStartWith("**claim** `heydemann`");
        Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria\n$$   aid 1e9 USD 2011").ShouldStartWith("**claim** `edit.claim:8`");
    }

    [Fact]
    public void A_name_used_in_a_claim_shows_its_declaration()
    {
        ArticleMarkdown("de_Mistura says").ShouldBe("""
            **person** `de_Mistura` — Staffan de Mistura

            - `role` `"UN and Arab League special envoy for Syria"`

            Declared at `article.claim:5`. Used by 1 claim.
            """.Replace("\r\n", "\n").Replace("article.claim", "edit.claim"));
    }

    [Fact]
    public void A_declaration_shows_the_same_as_a_use_of_its_name_anywhere_on_it()
    {
        string use = ArticleMarkdown("Iran ->", "jcpa:");
        use.ShouldBe("""
            **entity** `Iran` — Iran

            - `kind` `country`
            - `code` `IRN`

            Declared at `edit.claim:8`. Used by 6 claims.
            """.Replace("\r\n", "\n"));
        ArticleMarkdown("Iran \"Iran\"").ShouldBe(use);
        ArticleMarkdown("entity Iran").ShouldBe(use);
        ArticleMarkdown("\"Iran\"").ShouldBe(use);
        ArticleMarkdown("IRN").ShouldBe(use);
        ArticleMarkdown("}", "entity Iran").ShouldBe(use);
    }

    [Fact]
    public void Every_name_of_a_claim_shows_its_declaration()
    {
        ArticleMarkdown("Bloomberg quoting Heydemann").ShouldStartWith("**source** `Bloomberg` — Bloomberg");
        ArticleMarkdown("Heydemann says").ShouldStartWith("**person** `Heydemann` — Steven Heydemann");
        ArticleMarkdown("Syria aid", "heydemann:").ShouldStartWith("**entity** `Syria`");
        ArticleMarkdown("aid 15e9").ShouldStartWith("**metric** `aid` — Iranian aid to Syria: military aid, credit lines, loans, subsidized oil");
        ArticleMarkdown("aid 15e9").ShouldContain("- `kind` `flow`\n- `unit` `USD`\n");
    }

    [Fact]
    public void A_name_declared_in_another_file_says_where()
    {
        Markdown("source Bloomberg quoting $$de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018", ("decls/names.claim", Declarations))
            .ShouldBe("**person** `de_Mistura` — Staffan de Mistura\n\nDeclared at `decls/names.claim:3`. Used by 1 claim.");
    }

    [Fact]
    public void The_built_in_metric_counts_the_flows_that_name_no_metric()
    {
        string markdown = Markdown(Declarations + """

            source Bloomberg says Iran -> Syria $$transfer 1e9 USD 2011
            source Bloomberg says Iran -> Syria 1e9 USD 2012
            source Bloomberg says Iran -> Syria aid 1e9 USD 2013
            """);
        markdown.ShouldBe("**metric** `transfer` (built-in)\n\nThe metric of a flow claim that names none: kind flow, min 0.\n\nUsed by 2 claims.");
    }

    [Fact]
    public void A_declared_unit_says_what_it_measures_and_counts_the_claims_in_it()
    {
        Markdown(Declarations.Replace("unit barrel", "unit $$barrel") + "\nsource Bloomberg says Iran -> Syria 5 barrel 2011\nsource Bloomberg says Iran -> Syria 5 USD 2012")
            .ShouldBe("**unit** `barrel` — Barrel of oil\n\nMeasures count.\n\n- `kind` `count`\n\nDeclared at `edit.claim:7`. Used by 1 claim.");
    }

    [Fact]
    public void A_name_declared_twice_counts_its_uses_for_the_first_declaration()
    {
        Markdown("entity Iran\nentity $$Iran\nsource S says Iran -> Iran 1 USD 2011").ShouldEndWith("Used by 0 claims.");
        Markdown("entity $$Iran\nentity Iran\nsource S says Iran -> Iran 1 USD 2011").ShouldEndWith("Used by 1 claim."); // named twice, one claim
    }

    [Fact]
    public void A_claim_whose_meaning_cannot_be_worked_out_says_so_and_lists_its_errors()
    {
        string markdown = Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aidd $$1e9 USD 2011");
        markdown.ShouldContain("- `amount` `1e9` · `unit` USD (US Dollar)\n\nIts meaning cannot be worked out until the errors below are mended.\n");
        markdown.ShouldContain("- error CL1001: 'aidd' is not declared; did you mean 'aid'?");
    }

    [Fact]
    public void An_undeclared_name_or_a_name_of_the_wrong_kind_shows_the_claim_and_its_error()
    {
        Markdown(Declarations + "\nsource Bloomberg says Iran -> $$Syira aid 1e9 USD 2011").ShouldContain("CL1001");
        Markdown(Declarations + "\nsource $$Iran says Iran -> Syria aid 1e9 USD 2011")
            .ShouldContain("- error CL1003: 'Iran' is an entity, but a source is required here");
    }

    [Fact]
    public void An_open_bound_is_named_where_the_dataset_leaves_the_cell_empty() =>
        ArticleMarkdown("12e9").ShouldContain("- `low`, `high` \\>= 11.5e9 USD per year (`high` open)\n");

    [Fact]
    public void A_fractional_duration_is_written_with_a_point_in_any_culture()
    {
        string markdown = Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$1.0e9 USD/yr 2011-01..2012-06");
        markdown.ShouldContain("`duration_years` 1.5 years\n");
        markdown.ShouldContain("- `total_low`, `total_high` 1.425e9..1.575e9 USD over the period\n");
    }

    [Fact]
    public void Durations_and_amounts_are_shown_as_a_person_reads_them_not_as_the_dataset_s_doubles()
    {
        // 16 months are 4/3 of a year: the dataset's 1.3333333333333333 is ≈1.33 years here, and
        // the totals, a rate times 4/3, are rounded to three significant digits.
        Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$6e9 USD/yr 2018-01..2019-04").ShouldBe("""
            **claim** `edit.claim:8`

            `attribution` Bloomberg · `subject` Iran -\> Syria · `metric` aid

            - `amount` `6e9` · `unit` USD (US Dollar) · `rate_per` year
            - `low`, `high` 5.5e9..6.5e9 USD per year
            - `period_start` 2018-01-01 · `period_end` 2019-04-30 · 485 days · `duration_years` ≈1.33 years
            - `total_low`, `total_high` ≈7.33e9..≈8.67e9 USD over the period

            No findings.
            """.Replace("\r\n", "\n"));
        Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$36e9 USD 2011..2016").ShouldContain("""
            - `low`, `high` 35.5e9..36.5e9 USD
            - `period_start` 2011-01-01 · `period_end` 2016-12-31 · 2192 days · `duration_years` 6 years
            - `total_low`, `total_high` 35.5e9..36.5e9 USD over the period

            """.Replace("\r\n", "\n"));
        Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$1e9 USD 2011-06-08").ShouldContain(
            "· 1 day · `duration_years` ≈0.00274 years\n");
    }

    [Fact]
    public void A_retracted_claim_says_it_takes_no_part_in_checks() =>
        Markdown(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$1e9 USD 2011 status retracted")
            .ShouldContain("- `status` retracted: takes no part in consistency checks\n");

    [Fact]
    public void A_suppressed_finding_is_marked_with_its_reason()
    {
        string markdown = Markdown(Declarations + """

            // claimlang-ignore CL4001 the two sources count differently
            source Bloomberg says Iran -> Syria aid $$1e9 USD 2011
            source BBC_Persian says Iran -> Syria aid 5e9 USD 2011
            """);
        markdown.ShouldContain("- warning CL4001 (suppressed: the two sources count differently): ");
    }

    [Fact]
    public void Only_the_findings_of_this_file_s_claim_are_listed()
    {
        // The other file's claim starts at the same offset and has an error of its own.
        const string claim = "source Bloomberg says Iran -> Syria aid 1e9 USD 2011";
        string markdown = Markdown("$$" + claim, ("a.claim", Declarations), ("b.claim", claim.Replace("Syria", "Syira")));
        markdown.ShouldEndWith("No findings.");
    }

    [Fact]
    public void Skipped_text_inside_a_claim_shows_the_claim()
    {
        string marked = Declarations + "\nsource Bloomberg says Iran -> Syria aid 1e9 $$7 USD 2011";
        Markdown(marked).ShouldStartWith("**claim** `edit.claim:8`");
    }

    [Theory]
    [InlineData("$$\n\nentity Iran")]
    [InlineData("entity Iran\n$$\nentity Syria")]
    [InlineData("entity Iran  $$  \nentity Syria")]
    [InlineData("// a $$comment\nentity Iran")]
    [InlineData("entity Iran /* a $$comment */")]
    [InlineData("source S says Iran -> /* a $$comment inside */ Syria 1 USD 2011")]
    [InlineData("source S says Iran -> Syria 1 USD 2011 // a $$comment after")]
    [InlineData("entity Iran$$")]
    [InlineData("junk $$here\nentity Iran")]
    [InlineData("entity $$")]
    public void Comments_and_the_text_between_members_have_no_hover(string marked) =>
        Hover(marked).ShouldBeNull();

    [Fact]
    public void A_position_outside_the_text_has_no_hover()
    {
        ClaimCompilation compilation = ProjectBuilder.Compile(("a.claim", "entity Iran"));
        SemanticModel model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        HoverProvider.GetHover(model, -1, []).ShouldBeNull();
        HoverProvider.GetHover(model, 11, []).ShouldBeNull();
        HoverProvider.GetHover(model, 99, []).ShouldBeNull();
    }

    [Fact]
    public void Text_from_the_analyst_s_files_cannot_change_the_markdown()
    {
        string markdown = Markdown("entity $$Iran \"*Star* _under_ `tick` [link](x) <b>\" { code \"a `b` c\" }");
        markdown.ShouldStartWith("**entity** `Iran` — \\*Star\\* \\_under\\_ \\`tick\\` \\[link\\](x) \\<b\\>\n\n- `code` ``\"a `b` c\"``\n");
    }

    [Fact]
    public void Diagnostics_are_taken_as_given_with_their_severity()
    {
        var source = MarkedSource.Parse(Declarations + "\nsource Bloomberg says Iran -> Syria aid $$1e9 USD 2011");
        ClaimCompilation compilation = ProjectBuilder.Compile(("edit.claim", source.Text));
        SyntaxTree tree = compilation.SyntaxTrees[0];
        SemanticModel model = compilation.GetSemanticModel(tree);
        HoverProvider.GetHover(model, source.Position, []).ShouldNotBeNull().Markdown.ShouldEndWith("No findings.");
        Diagnostic given = Diagnostic.Create(DiagnosticDescriptors.SyntaxError, tree.GetLocation(new TextSpan(source.Position, 3)), "made up")
            .WithSeverity(DiagnosticSeverity.Info);
        HoverProvider.GetHover(model, source.Position, [given]).ShouldNotBeNull().Markdown.ShouldEndWith("**Findings**\n\n- info CL0001: made up\n");
    }
}
