using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Editing;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>A file's outline (docs/language.md, "Editors": document symbols): every declaration and every claim.</summary>
public sealed class DocumentSymbolsTests
{
    // One line per item: kind, name, detail, and the text of its selection; the span's text is checked apart.
    private static string[] Outline(SyntaxTree tree) =>
        [.. DocumentSymbols.Get(tree).Select(item => $"{item.Kind} {item.Name} | {item.Detail ?? "-"} | {tree.Text.ToString(item.SelectionSpan)}")];

    [Fact]
    public void The_reference_article_lists_its_declarations_then_its_labelled_claims_with_summaries()
    {
        Outline(Parse.Valid(NavigationProject.ReferenceArticle())).ShouldBe(
        [
            "Source JCPA | source \"Jerusalem Center for Public Affairs\" | JCPA",
            "Source BBC_Persian | source \"BBC Persian\" | BBC_Persian",
            "Source Bloomberg | source \"Bloomberg\" | Bloomberg",
            "Source DW_Persian | source \"Deutsche Welle Persian\" | DW_Persian",
            "Person de_Mistura | person \"Staffan de Mistura\" | de_Mistura",
            "Person Shehadi | person \"Nadim Shehadi\" | Shehadi",
            "Person Heydemann | person \"Steven Heydemann\" | Heydemann",
            "Entity Iran | entity \"Iran\" | Iran",
            "Entity Syria | entity \"Syria\" | Syria",
            "Metric aid | metric \"Iranian aid to Syria: military aid, credit lines, loans, subsidized oil\" | aid",
            "Claim bbc_6y | BBC_Persian: Iran -> Syria aid 36e9 USD 2011..2016 | bbc_6y",
            "Claim bbc_2y | BBC_Persian: Iran -> Syria aid 14e9..15e9 USD 2011..2012 | bbc_2y",
            "Claim mistura | Bloomberg quoting de_Mistura: Iran -> Syria aid 6e9 USD/yr 2018 | mistura",
            "Claim shehadi | DW_Persian quoting Shehadi: Iran -> Syria aid >= 12e9 USD/yr 2018 | shehadi",
            "Claim heydemann | Bloomberg quoting Heydemann: Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015 | heydemann",
            "Claim jcpa | JCPA: Iran -> Syria aid 6e9..15e9 USD/yr 2018 | jcpa",
        ]);
    }

    [Theory]
    [InlineData("source BBC says Iran→Syria 36e9 USD 2011..2017", "BBC: Iran → Syria 36e9 USD 2011..2017")]
    [InlineData("source  BBC_Persian   says Iran->Syria 36e9 USD 2011 .. 2017 as of 2018", "BBC_Persian: Iran -> Syria 36e9 USD 2011..2017")]
    [InlineData("source Iran_officials says Iran poverty_rate ~ 80 % 2018 note \"x\"", "Iran_officials: Iran poverty_rate ~80 % 2018")]
    [InlineData("source A quoting B quoting C says X -> Y 14 .. 15 billion USD / yr 2011\n  as of 2012", "A quoting B quoting C: X -> Y 14..15 billion USD/yr 2011")]
    [InlineData("source A says X -> Y >= 1.5e9 barrel/day 2011-06..2012-05-31", "A: X -> Y >= 1.5e9 barrel/day 2011-06..2012-05-31")]
    public void An_unlabelled_claim_is_named_by_a_summary_in_canonical_spacing(string text, string name)
    {
        SyntaxTree tree = Parse.Valid(text);
        DocumentSymbolItem item = DocumentSymbols.Get(tree).ShouldHaveSingleItem();
        item.Name.ShouldBe(name);
        item.Detail.ShouldBeNull();
        item.Kind.ShouldBe(EditorSymbolKind.Claim);
        tree.Text.ToString(item.SelectionSpan).ShouldBe("source");
        tree.Text.ToString(item.Span).ShouldBe(text);
    }

    [Fact]
    public void Spans_cover_whole_members_over_several_lines_and_selections_their_names()
    {
        const string text = """
            // A comment is not part of the declaration.
            source BBC_Persian "BBC Persian" {
              kind broadcaster
            }
            unit barrel
            bbc: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011
              as of 2012 // nor of the claim
            """;
        SyntaxTree tree = Parse.Valid(text);
        var items = DocumentSymbols.Get(tree);
        items.Select(item => tree.Text.ToString(item.Span)).ShouldBe(
        [
            "source BBC_Persian \"BBC Persian\" {\n  kind broadcaster\n}",
            "unit barrel",
            "bbc: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011\n  as of 2012",
        ]);
        items.Select(item => tree.Text.ToString(item.SelectionSpan)).ShouldBe(["BBC_Persian", "barrel", "bbc"]);
        items.Select(item => item.Kind).ShouldBe([EditorSymbolKind.Source, EditorSymbolKind.Unit, EditorSymbolKind.Claim]);
        items[1].Detail.ShouldBe("unit");
        items.ShouldAllBe(item => item.Span.Start <= item.SelectionSpan.Start && item.SelectionSpan.End <= item.Span.End);
    }

    [Theory]
    [InlineData("person P \"Ann \\\"the envoy\\\"\"", "person \"Ann \"the envoy\"\"")]
    [InlineData("entity E { kind country }", "entity")]
    [InlineData("metric M \"\"", "metric \"\"")]
    public void A_declarations_detail_is_its_kind_and_display_name(string text, string detail) =>
        DocumentSymbols.Get(Parse.Valid(text)).ShouldHaveSingleItem().Detail.ShouldBe(detail);

    [Fact]
    public void Every_kind_of_declaration_has_its_own_kind()
    {
        var items = DocumentSymbols.Get(Parse.Valid("source S\nperson P\nentity E\nmetric M\nunit U"));
        items.Select(item => item.Kind).ShouldBe(
            [EditorSymbolKind.Source, EditorSymbolKind.Person, EditorSymbolKind.Entity, EditorSymbolKind.Metric, EditorSymbolKind.Unit]);
    }

    [Fact]
    public void An_empty_file_has_no_symbols()
    {
        DocumentSymbols.Get(Parse.Valid("")).ShouldBeEmpty();
        DocumentSymbols.Get(Parse.Valid("// nothing but a comment\n")).ShouldBeEmpty();
    }

    [Fact]
    public void A_broken_file_still_lists_what_parsed()
    {
        const string text = """
            entity Iran
            source
            entity Syria
            source BBC says Iran -> Syria aid 36e9 2011
            ok: source BBC says Iran -> Syria aid 1e9 USD 2012
            """;
        SyntaxTree tree = Parse.Any(text);
        tree.Diagnostics.ShouldNotBeEmpty();
        Outline(tree).ShouldBe(
        [
            "Entity Iran | entity | Iran",
            "Entity Syria | entity | Syria",
            "Claim BBC: Iran -> Syria aid 36e9 2011 | - | source",
            "Claim ok | BBC: Iran -> Syria aid 1e9 USD 2012 | ok",
        ]);
    }

    [Fact]
    public void A_claim_with_nothing_but_its_keyword_is_still_listed()
    {
        SyntaxTree tree = Parse.Any("source says");
        Outline(tree).ShouldBe(["Claim claim | - | source"]);
    }
}
