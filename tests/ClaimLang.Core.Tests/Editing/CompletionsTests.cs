using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Completion at every place of a member, on whole and half-typed input, with names from other files of the project.</summary>
public sealed class CompletionsTests
{
    private const string Declarations = """
        source BBC_Persian "BBC Persian" { kind broadcaster  published 2018-02 }
        source Bloomberg
        person de_Mistura "Staffan de Mistura" { role "UN envoy" }
        entity Iran "Iran" { kind country }
        entity Syria { kind country }
        entity Hezbollah { kind group }
        metric aid { kind flow  unit USD }
        metric poverty_rate { kind level  unit %  max 100 }
        unit barrel "Barrel of oil" { kind count }
        """;

    private static readonly string[] MemberKeywords = ["source", "person", "entity", "metric", "unit"];
    private static readonly string[] Qualifiers = ["as of", "note", "cite", "status"];
    private static readonly string[] ScaleWords = ["thousand", "million", "billion", "trillion"];
    private const string Claim = "source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016";

    private static CompletionList Complete(string marked, params (string Path, string Text)[] otherFiles)
    {
        var source = MarkedSource.Parse(marked);
        ClaimCompilation compilation = ProjectBuilder.Compile([("decls.claim", Declarations), .. otherFiles, ("edit.claim", source.Text)]);
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == "edit.claim");
        return Completions.GetCompletions(compilation.GetSemanticModel(tree), source.Position);
    }

    private static string[] Labels(string marked, params (string Path, string Text)[] otherFiles) =>
        [.. Complete(marked, otherFiles).Items.Select(i => i.Label)];

    // Where the word around the caret is, as the caret marks it: "$$" is the caret, "[" and "]" the word.
    private static void ReplaceSpanShouldBe(string marked, string word)
    {
        var source = MarkedSource.Parse(marked);
        TextSpan span = Complete(marked).ReplaceSpan;
        source.Text.Substring(span.Start, span.Length).ShouldBe(word);
    }

    [Fact]
    public void An_empty_file_offers_the_declaration_keywords_and_the_claim_start()
    {
        CompletionList list = Complete("$$");
        list.Items.Select(i => i.Label).ShouldBe(MemberKeywords);
        list.Items.ShouldAllBe(i => i.Kind == CompletionItemKind.Keyword && i.Detail != null);
        list.ReplaceSpan.ShouldBe(new TextSpan(0, 0));
        list.IsIncomplete.ShouldBeFalse();
    }

    [Fact]
    public void A_keyword_being_typed_at_the_start_of_a_member_is_replaced_whole()
    {
        Labels("sou$$").ShouldBe(MemberKeywords);
        ReplaceSpanShouldBe("sou$$", "sou");
        ReplaceSpanShouldBe(Claim + "\nent$$", "ent");
    }

    [Fact]
    public void A_new_line_after_a_complete_claim_offers_a_new_member_and_the_qualifiers()
    {
        string[] labels = Labels(Claim + "\n$$");
        labels.ShouldBe([.. Qualifiers, .. MemberKeywords]);
        Labels(Claim + "\r\n  $$").ShouldBe([.. Qualifiers, .. MemberKeywords]);
    }

    [Fact]
    public void After_a_complete_claim_on_its_own_line_only_the_qualifiers_are_offered() =>
        Labels(Claim + " $$").ShouldBe(Qualifiers);

    [Fact]
    public void After_a_closed_attribute_block_a_new_member_begins() =>
        Labels("entity X { kind country } $$").ShouldBe(MemberKeywords);

    [Fact]
    public void After_source_the_declared_sources_are_offered_with_their_kind_and_display_name()
    {
        CompletionList list = Complete("source $$");
        list.Items.Select(i => (i.Label, i.Kind, i.Detail)).ShouldBe(
        [
            ("BBC_Persian", CompletionItemKind.Source, "source \"BBC Persian\""),
            ("Bloomberg", CompletionItemKind.Source, "source"),
        ]);
        list.Items[0].Documentation.ShouldBe("Declared in decls.claim:1.");
    }

    [Fact]
    public void After_a_claim_label_only_source_may_follow_and_then_a_source()
    {
        Labels("bbc_6y: $$").ShouldBe(["source"]);
        Labels("bbc_6y: source $$").ShouldBe(["BBC_Persian", "Bloomberg"]);
    }

    [Fact]
    public void A_claim_label_being_written_gets_nothing()
    {
        CompletionList list = Complete("bbc$$: source BBC_Persian says Iran -> Syria aid 1 USD 2011");
        list.Items.ShouldBeEmpty();
        list.ReplaceSpan.ShouldBe(new TextSpan(0, 3));
    }

    [Fact]
    public void After_the_source_the_claim_goes_on_with_quoting_or_says()
    {
        Labels("source BBC_Persian $$").ShouldBe(["quoting", "says"]);
        Labels("source Bloomberg quoting de_Mistura $$").ShouldBe(["quoting", "says"]);
    }

    [Fact]
    public void A_source_on_its_own_line_may_also_be_a_complete_declaration() =>
        Labels("source Bloomberg\n$$").ShouldBe(["quoting", "says", .. MemberKeywords]);

    [Fact]
    public void A_half_typed_says_that_the_parser_skipped_still_completes()
    {
        Labels("source Bloomberg quoting de_Mistura sa$$").ShouldBe(["quoting", "says"]);
        ReplaceSpanShouldBe("source Bloomberg quoting de_Mistura sa$$", "sa");
    }

    [Fact]
    public void A_speaker_may_be_a_person_or_a_source()
    {
        CompletionList list = Complete("source Bloomberg quoting $$");
        list.Items.Select(i => (i.Label, i.Kind)).ShouldBe(
        [
            ("de_Mistura", CompletionItemKind.Person),
            ("BBC_Persian", CompletionItemKind.Source),
            ("Bloomberg", CompletionItemKind.Source),
        ]);
        list.Items[0].Detail.ShouldBe("person \"Staffan de Mistura\"");
    }

    [Theory]
    [InlineData("source BBC_Persian says $$")]
    [InlineData("source BBC_Persian says Iran -> $$")]
    [InlineData("source BBC_Persian says Iran ->$$")]
    [InlineData("source BBC_Persian says Iran → $$")]
    [InlineData("source BBC_Persian says Ir$$")]
    [InlineData("source BBC_Persian says Iran -> Sy$$ria aid 5 USD 2011")]
    [InlineData("source BBC_Persian says $$Iran -> Syria aid 5 USD 2011")]
    public void The_subject_takes_entities(string marked) =>
        Labels(marked).ShouldBe(["Hezbollah", "Iran", "Syria"]);

    [Fact]
    public void The_word_around_the_caret_is_replaced_whether_the_caret_is_at_its_start_middle_or_end()
    {
        ReplaceSpanShouldBe("source BBC_Persian says $$Iran -> Syria aid 5 USD 2011", "Iran");
        ReplaceSpanShouldBe("source BBC_Persian says Ir$$an -> Syria aid 5 USD 2011", "Iran");
        ReplaceSpanShouldBe("source BBC_Persian says Iran$$ -> Syria aid 5 USD 2011", "Iran");
        ReplaceSpanShouldBe("source BBC_Persian says Iran -> $$", "");
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran $$")]
    [InlineData("source BBC_Persian says Iran -> Syria $$")]
    [InlineData("source BBC_Persian says Iran -> Syria ai$$")]
    public void Where_a_metric_may_stand_the_metrics_are_offered_with_the_built_in_one(string marked)
    {
        CompletionList list = Complete(marked);
        list.Items.Select(i => i.Label).ShouldBe(["aid", "poverty_rate", "transfer"]);
        list.Items.ShouldAllBe(i => i.Kind == CompletionItemKind.Metric);
        list.Items[2].Detail.ShouldBe("metric (built-in)");
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria aid $$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid >= $$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid ~$$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 14e9..$$")]
    public void Where_a_number_goes_nothing_is_offered(string marked) =>
        Labels(marked).ShouldBeEmpty();

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36$$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2011$$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2018-0$$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 3$$6e9 USD 2011")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2011 as of 2018-06-08$$")]
    public void Nothing_is_completed_inside_or_at_the_end_of_a_number_or_date(string marked)
    {
        CompletionList list = Complete(marked);
        list.Items.ShouldBeEmpty();
        list.ReplaceSpan.Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("// source $$")]
    [InlineData(Claim + " // as $$")]
    [InlineData("/* source $$ */")]
    [InlineData("/* source */\n/* unterminated $$")]
    [InlineData(Claim + " note \"since $$")]
    [InlineData(Claim + " note \"since $$ the war\"")]
    [InlineData(Claim + " note \"ends with an escaped quote\\\"$$")]
    public void Nothing_is_completed_inside_a_comment_or_a_string(string marked) =>
        Labels(marked).ShouldBeEmpty();

    [Fact]
    public void Right_after_a_closed_comment_or_string_completion_goes_on()
    {
        Labels("/* c */$$").ShouldBe(MemberKeywords);
        Labels(Claim + " note \"x\"$$").ShouldBe(["as of", "cite", "status"]);
    }

    [Fact]
    public void Nothing_is_completed_inside_an_arrow_or_a_range_operator()
    {
        Labels("source BBC_Persian says Iran -$$> Syria aid 5 USD 2011").ShouldBeEmpty();
        Labels("source BBC_Persian says Iran -> Syria aid 5 USD 2011.$$.2012").ShouldBeEmpty();
    }

    [Fact]
    public void After_an_amount_come_the_scale_words_and_the_units_those_of_the_metric_first()
    {
        string[] labels = Labels("source BBC_Persian says Iran -> Syria aid 36e9 $$");
        labels.Take(5).ShouldBe([.. ScaleWords, "AED"]); // aid is in USD: the currencies first
        labels.ShouldContain("USD");
        labels.ShouldContain("EUR");
        labels.TakeLast(3).ShouldBe(["barrel", "%", "count"]);
    }

    [Fact]
    public void A_percent_metric_puts_percent_first()
    {
        Labels("source BBC_Persian says Iran poverty_rate ~80 $$").Skip(4).First().ShouldBe("%");
        // After a unit being typed, too: the word is replaced, the context is the amount's.
        Labels("source BBC_Persian says Iran poverty_rate 80 %$$").ShouldBeEmpty(); // '%' is no word: the caret is after the unit
    }

    [Fact]
    public void Without_a_known_metric_the_declared_units_come_first_then_percent_count_and_the_currencies()
    {
        string[] labels = Labels("source BBC_Persian says Iran -> Syria 36e9 $$"); // transfer: any unit
        labels.Skip(4).Take(4).ShouldBe(["barrel", "%", "count", "AED"]);
    }

    [Fact]
    public void After_a_scale_word_only_units_are_offered()
    {
        string[] labels = Labels("source BBC_Persian says Iran -> Syria aid 36 billion $$");
        labels.ShouldContain("USD");
        labels.ShouldNotContain("billion");
        Labels("source BBC_Persian says Iran -> Syria aid 14..15 $$").Take(4).ShouldBe(ScaleWords);
        Labels("source BBC_Persian says Iran -> Syria aid >= 12 billion US$$").ShouldContain("USD");
        ReplaceSpanShouldBe("source BBC_Persian says Iran -> Syria aid >= 12 billion US$$", "US");
    }

    [Fact]
    public void Units_say_what_they_measure()
    {
        var items = Complete("source BBC_Persian says Iran -> Syria aid 36e9 $$").Items.ToDictionary(i => i.Label);
        items["USD"].Detail.ShouldBe("currency: US Dollar");
        items["USD"].Kind.ShouldBe(CompletionItemKind.Unit);
        items["%"].Detail.ShouldBe("percent");
        items["count"].Detail.ShouldBe("count");
        items["barrel"].Detail.ShouldBe("count: Barrel of oil");
        items["barrel"].Documentation.ShouldBe("Declared in decls.claim:9.");
    }

    [Fact]
    public void After_a_unit_the_rate_suffixes_are_offered_but_not_for_a_level_metric()
    {
        Labels("source BBC_Persian says Iran -> Syria aid 6e9 USD $$").ShouldBe(["/yr", "/year", "/mo", "/month", "/day"]);
        Labels("source BBC_Persian says Iran poverty_rate 80 % $$").ShouldBeEmpty();
    }

    [Fact]
    public void After_the_slash_of_a_rate_the_time_units_are_offered()
    {
        CompletionList list = Complete("source BBC_Persian says Iran -> Syria aid 6e9 USD/$$");
        list.Items.Select(i => (i.Label, i.Detail)).ShouldBe(
            [("yr", "per year"), ("year", "per year"), ("mo", "per month"), ("month", "per month"), ("day", "per day")]);
        Labels("source BBC_Persian says Iran -> Syria aid 6e9 USD/y$$ 2018").ShouldContain("yr");
    }

    [Fact]
    public void Where_the_period_goes_nothing_is_offered() =>
        Labels("source BBC_Persian says Iran -> Syria aid 6e9 USD/yr $$").ShouldBeEmpty();

    [Theory]
    [InlineData(Claim + " $$")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 6e9 USD/yr 2018 $$")]
    [InlineData(Claim + " s$$")]
    public void After_a_complete_claim_the_qualifiers_are_offered(string marked) =>
        Labels(marked).ShouldBe(Qualifiers);

    [Fact]
    public void Each_qualifier_is_offered_until_it_is_given()
    {
        Labels(Claim + " as of 2018 note \"x\" $$").ShouldBe(["cite", "status"]);
        Labels(Claim + " status disputed cite \"u\" $$").ShouldBe(["as of", "note"]);
    }

    [Fact]
    public void As_is_followed_by_of()
    {
        Labels(Claim + " as $$").ShouldBe(["of"]);
        Labels(Claim + " as of $$").ShouldBeEmpty();
    }

    [Fact]
    public void A_status_is_retracted_or_disputed()
    {
        CompletionList list = Complete(Claim + " status $$");
        list.Items.Select(i => (i.Label, i.Kind)).ShouldBe([("retracted", CompletionItemKind.Value), ("disputed", CompletionItemKind.Value)]);
        Labels(Claim + " status dis$$").ShouldBe(["retracted", "disputed"]);
    }

    [Theory]
    [InlineData("entity $$")]
    [InlineData("entity Ir$$")]
    [InlineData("metric aid \"Aid\" $$")]
    [InlineData("entity X \"$$")]
    public void A_declaration_s_new_name_and_display_name_get_nothing(string marked) =>
        Labels(marked).ShouldBeEmpty();

    [Fact]
    public void Inside_an_attribute_block_the_attributes_of_the_declaration_kind_are_offered()
    {
        CompletionList list = Complete("source S { $$");
        list.Items.Select(i => i.Label).ShouldBe(["kind", "published", "url", "reliability"]);
        list.Items.ShouldAllBe(i => i.Kind == CompletionItemKind.Attribute && i.Detail != null);
        Labels("person P { $$ }").ShouldBe(["role"]);
        Labels("entity E { $$").ShouldBe(["kind", "code"]);
        Labels("metric M { $$").ShouldBe(["kind", "unit", "min", "max"]);
        Labels("unit U { $$").ShouldBe(["kind"]);
    }

    [Fact]
    public void Attributes_already_given_are_not_offered_again()
    {
        Labels("metric M { kind flow $$").ShouldBe(["unit", "min", "max"]);
        Labels("metric M { kind flow\n  u$$").ShouldBe(["unit", "min", "max"]);
        Labels("metric M { kind flow  unit USD  min 0 $$ }").ShouldBe([.. ScaleWords, "max"]);
        Labels("metric M { kind flow  unit USD  min 5 million $$").ShouldBe(["max"]);
    }

    [Fact]
    public void Fixed_attribute_values_are_offered_after_their_attribute()
    {
        Labels("metric M { kind $$").ShouldBe(["flow", "level"]);
        Labels("metric M { kind fl$$ }").ShouldBe(["flow", "level"]);
        Labels("source S { reliability $$").ShouldBe(["A", "B", "C", "D", "E", "F"]);
        Complete("source S { reliability $$").Items[0].Detail.ShouldBe("completely reliable");
        Labels("metric M { unit $$").ShouldContain("USD");
        Labels("metric M { unit $$").ShouldContain("barrel");
    }

    [Fact]
    public void Free_attribute_values_are_those_the_project_already_uses()
    {
        Labels("entity E { kind $$").ShouldBe(["country", "group"]);
        Labels("source S { kind $$").ShouldBe(["broadcaster"]);
        Labels("unit U { kind $$").ShouldBe(["currency", "count", "%"]);
        Labels("unit U { kind $$", ("more.claim", "unit MWh { kind energy }")).ShouldBe(["currency", "count", "%", "energy"]);
        Labels("entity E { kind $$", ("more.claim", "entity Khatami { kind person }")).ShouldBe(["country", "group", "person"]);
        Labels("entity E { kind person $$").ShouldBe(["code"]); // a keyword value ends its attribute as a name does
        Labels("source S { url $$").ShouldBeEmpty();
        Labels("person P { role $$").ShouldBeEmpty();
    }

    [Fact]
    public void Names_from_every_file_of_the_project_are_offered()
    {
        CompletionList list = Complete("source BBC_Persian says $$", ("more/entities.claim", "entity Iraq \"Iraq\""));
        list.Items.Select(i => i.Label).ShouldBe(["Hezbollah", "Iran", "Iraq", "Syria"]);
        list.Items.Single(i => i.Label == "Iraq").Documentation.ShouldBe("Declared in more/entities.claim:1.");
    }

    [Fact]
    public void Names_declared_in_the_file_being_edited_are_offered()
    {
        CompletionList list = Complete("entity Lebanon\nsource BBC_Persian says $$");
        list.Items.Select(i => i.Label).ShouldContain("Lebanon");
    }

    [Fact]
    public void Tokens_that_fit_no_member_give_nothing_except_a_new_member_at_the_start_of_a_line()
    {
        Labels(Claim + "\nIran -> $$").ShouldBeEmpty();
        Labels(Claim + " Iran\n$$").ShouldBe(MemberKeywords);
    }

    [Fact]
    public void The_caret_is_kept_within_the_text()
    {
        Complete("source $$").ReplaceSpan.ShouldBe(new TextSpan(7, 0));
        var compilation = ProjectBuilder.Compile(("a.claim", "source "));
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        Completions.GetCompletions(model, 99).ReplaceSpan.ShouldBe(new TextSpan(7, 0));
        Completions.GetCompletions(model, -5).Items.Select(i => i.Label).ShouldBe(MemberKeywords);
    }

    [Fact]
    public void A_long_list_is_cut_to_the_names_that_match_the_word_typed_so_far()
    {
        string many = string.Join("\n", Enumerable.Range(0, 1500).Select(i => $"entity E{i:D4}"));
        CompletionList all = Complete("source BBC_Persian says $$", ("many.claim", many));
        all.Items.Length.ShouldBe(Completions.MaxItems);
        all.IsIncomplete.ShouldBeTrue();
        CompletionList typed = Complete("source BBC_Persian says E14$$", ("many.claim", many));
        typed.Items.Select(i => i.Label).ShouldContain("E1400");
        typed.Items.Select(i => i.Label).ShouldContain("E0104"); // E, 1, 4 in order
        typed.Items.Select(i => i.Label).ShouldNotContain("E0000");
        typed.IsIncomplete.ShouldBeTrue();
    }

    [Fact]
    public void The_currencies_are_all_offered_without_a_cut()
    {
        CompletionList list = Complete("source BBC_Persian says Iran -> Syria aid 36e9 $$");
        list.IsIncomplete.ShouldBeFalse();
        list.Items.Count(i => i.Detail?.StartsWith("currency: ", StringComparison.Ordinal) == true).ShouldBeGreaterThan(150);
    }

    [Fact]
    public void In_the_reference_article_each_place_of_a_claim_offers_what_fits()
    {
        string article = HoverProviderTests.ReferenceArticle();
        string Insert(string after, string marker)
        {
            int at = article.IndexOf(after, StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, $"the article should hold '{after}'");
            return article.Insert(at + after.Length, marker);
        }
        CompletionList At(string after, string marker = "$$")
        {
            var source = MarkedSource.Parse(Insert(after, marker));
            var compilation = ProjectBuilder.Compile(("article.claim", source.Text));
            return Completions.GetCompletions(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), source.Position);
        }
        At("mistura:  source ").Items.Select(i => i.Label).ShouldBe(["BBC_Persian", "Bloomberg", "DW_Persian", "JCPA"]);
        At("source Bloomberg quoting ").Items.Select(i => i.Label).ShouldBe(
            ["de_Mistura", "Heydemann", "Shehadi", "BBC_Persian", "Bloomberg", "DW_Persian", "JCPA"]);
        At("quoting de_Mistura says ").Items.Select(i => i.Label).ShouldBe(["Iran", "Syria"]);
        At("quoting de_Mistura says Iran -> Syria ").Items.Select(i => i.Label).ShouldBe(["aid", "transfer"]);
        At("aid 6e9 USD/").Items.Select(i => i.Label).ShouldContain("yr");
        At("aid 6e9 USD/yr 2018 as of 2018-06-08").Items.ShouldBeEmpty();
        At("aid 6e9 USD/yr 2018 as of 2018-06-08", " $$").Items.Select(i => i.Label).ShouldBe(["note", "cite", "status"]);
        At("metric aid \"Iranian aid to Syria: military aid, credit lines, loans, subsidized oil\" { kind ").Items.Select(i => i.Label)
            .ShouldBe(["flow", "level"]);
        // Before a written attribute, its own name is the word replaced: it is offered again.
        At("person Shehadi \"Nadim Shehadi\" { ").Items.Select(i => i.Label).ShouldBe(["role"]);
        At("person Shehadi \"Nadim Shehadi\" { role \"Tufts University\" ").Items.ShouldBeEmpty();
    }
}
