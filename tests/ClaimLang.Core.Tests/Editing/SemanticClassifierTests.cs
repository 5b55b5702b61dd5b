using System.Collections.Immutable;
using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;
using C = ClaimLang.Editing.SemanticClass;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Semantic classification: every token and comment in a range, names by what they refer to, one span per line.</summary>
public sealed class SemanticClassifierTests
{
    private const string Declarations = """
        source BBC_Persian "BBC Persian" { kind broadcaster }
        person de_Mistura "Staffan de Mistura"
        entity Iran
        entity Syria
        metric aid { kind flow  unit USD }
        metric poverty_rate { kind level  unit %  max 100 }
        unit barrel { kind count }
        """;

    private static SemanticModel Model(string text, params (string Path, string Text)[] otherFiles)
    {
        ClaimCompilation compilation = ProjectBuilder.Compile([.. otherFiles, ("edit.claim", text)]);
        return compilation.GetSemanticModel(compilation.SyntaxTrees.Single(t => t.FilePath == "edit.claim"));
    }

    private static ImmutableArray<ClassifiedSpan> Spans(string text, TextSpan? range = null, params (string Path, string Text)[] otherFiles) =>
        SemanticClassifier.Classify(Model(text, otherFiles), range ?? new TextSpan(0, text.Length));

    private static (string Text, SemanticClass Class)[] Classes(string text, TextSpan? range = null) =>
        [.. Spans(text, range, ("decls.claim", Declarations)).Select(s => (text.Substring(s.Span.Start, s.Span.Length), s.Class))];

    /// <summary>The classes of the spans on one line, found by its text.</summary>
    private static (string Text, SemanticClass Class)[] LineClasses(string text, string line)
    {
        int start = text.IndexOf(line, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return Classes(text, new TextSpan(start, line.Length));
    }

    [Fact]
    public void A_claim_of_the_reference_article_is_classified_token_by_token()
    {
        string article = HoverProviderTests.ReferenceArticle();
        ImmutableArray<ClassifiedSpan> spans = SemanticClassifier.Classify(Model(article), new TextSpan(0, article.Length));
        string line = "mistura:  source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018 as of 2018-06-08";
        int start = article.IndexOf(line, StringComparison.Ordinal);
        spans.Where(s => s.Span.Start >= start && s.Span.End <= start + line.Length)
            .Select(s => (article.Substring(s.Span.Start, s.Span.Length), s.Class, s.IsDeclaration))
            .ShouldBe(
            [
                ("mistura", C.Label, true), (":", C.Operator, false), ("source", C.Keyword, false), ("Bloomberg", C.Source, false),
                ("quoting", C.Keyword, false), ("de_Mistura", C.Person, false), ("says", C.Keyword, false),
                ("Iran", C.Entity, false), ("->", C.Operator, false), ("Syria", C.Entity, false), ("aid", C.Metric, false),
                ("6e9", C.Number, false), ("USD", C.Unit, false), ("/", C.Operator, false), ("yr", C.Unit, false), ("2018", C.Date, false),
                ("as", C.Keyword, false), ("of", C.Keyword, false), ("2018-06-08", C.Date, false),
            ]);
    }

    [Fact]
    public void The_reference_article_has_no_unresolved_name_and_every_declaration_is_marked()
    {
        string article = HoverProviderTests.ReferenceArticle();
        ImmutableArray<ClassifiedSpan> spans = SemanticClassifier.Classify(Model(article), new TextSpan(0, article.Length));
        spans.ShouldNotContain(s => s.Class == C.UnresolvedName);
        spans.Where(s => s.IsDeclaration).Select(s => article.Substring(s.Span.Start, s.Span.Length)).ShouldBe(
        [
            "JCPA", "BBC_Persian", "Bloomberg", "DW_Persian", "de_Mistura", "Shehadi", "Heydemann", "Iran", "Syria", "aid",
            "bbc_6y", "bbc_2y", "mistura", "shehadi", "heydemann", "jcpa",
        ]);
    }

    [Fact]
    public void A_declaration_is_classified_by_its_kind_with_its_attributes()
    {
        string text = "source JCPA \"Jerusalem Center\" { kind think_tank  published 2018-08  reliability B }";
        Classes(text).ShouldBe(
        [
            ("source", C.Keyword), ("JCPA", C.Source), ("\"Jerusalem Center\"", C.String), ("{", C.Operator),
            ("kind", C.Attribute), ("think_tank", C.AttributeValue), ("published", C.Attribute), ("2018-08", C.Date),
            ("reliability", C.Attribute), ("B", C.AttributeValue), ("}", C.Operator),
        ]);
        Spans(text).Single(s => s.Class == C.Source).IsDeclaration.ShouldBeTrue();
    }

    [Theory]
    [InlineData("person P", C.Person)]
    [InlineData("entity E", C.Entity)]
    [InlineData("metric M", C.Metric)]
    [InlineData("unit U", C.Unit)]
    public void Every_kind_of_declaration_classes_its_name(string text, SemanticClass expected) =>
        Spans(text).Select(s => (s.Class, s.IsDeclaration)).ShouldBe([(C.Keyword, false), (expected, true)]);

    [Fact]
    public void Attribute_values_that_name_units_or_dates_are_classed_as_such()
    {
        Classes("metric m { unit USD  min 5 million  max 1e9 }").ShouldBe(
        [
            ("metric", C.Keyword), ("m", C.Metric), ("{", C.Operator), ("unit", C.Attribute), ("USD", C.Unit),
            ("min", C.Attribute), ("5", C.Number), ("million", C.Keyword), ("max", C.Attribute), ("1e9", C.Number), ("}", C.Operator),
        ]);
        Classes("metric m { unit % }")[4].ShouldBe(("%", C.Unit));
        Classes("metric m { unit barrel }")[4].ShouldBe(("barrel", C.Unit));
        Classes("metric m { unit FOO }")[4].ShouldBe(("FOO", C.UnresolvedName));
        Classes("unit u { kind % }")[4].ShouldBe(("%", C.AttributeValue));
        Classes("source s { published 2018 }")[4].ShouldBe(("2018", C.Date));
        Classes("source s { url \"https://x\" }")[4].ShouldBe(("\"https://x\"", C.String));
        Classes("person p { role \"envoy\" }")[4].ShouldBe(("\"envoy\"", C.String));
    }

    [Fact]
    public void A_keyword_given_as_a_value_is_a_value()
    {
        Classes("entity Khatami { kind person  source Wire }").ShouldBe(
        [
            ("entity", C.Keyword), ("Khatami", C.Entity), ("{", C.Operator), ("kind", C.Attribute), ("person", C.AttributeValue),
            ("source", C.Attribute), ("Wire", C.AttributeValue), ("}", C.Operator),
        ]);
        Classes("metric m { unit source }")[4].ShouldBe(("source", C.AttributeValue)); // no unit: CL1006 says why
    }

    [Fact]
    public void Amounts_bounds_and_approximations_are_numbers_and_operators()
    {
        Classes("source BBC_Persian says Iran poverty_rate ~80 % 2018").ShouldBe(
        [
            ("source", C.Keyword), ("BBC_Persian", C.Source), ("says", C.Keyword), ("Iran", C.Entity), ("poverty_rate", C.Metric),
            ("~", C.Operator), ("80", C.Number), ("%", C.Unit), ("2018", C.Date),
        ]);
        Classes("source BBC_Persian says Iran → Syria >= 12 billion USD/year 2018-01..2018-06 note \"n\" cite \"c\" status disputed")
            .Select(c => c.Class).ShouldBe(
            [
                C.Keyword, C.Source, C.Keyword, C.Entity, C.Operator, C.Entity, C.Operator, C.Number, C.Keyword, C.Unit, C.Operator, C.Unit,
                C.Date, C.Operator, C.Date, C.Keyword, C.String, C.Keyword, C.String, C.Keyword, C.Keyword,
            ]);
        Classes("source BBC_Persian says Iran -> Syria 14..15 billion barrel 2011").Select(c => c.Class).ShouldBe(
            [C.Keyword, C.Source, C.Keyword, C.Entity, C.Operator, C.Entity, C.Number, C.Operator, C.Number, C.Keyword, C.Unit, C.Date]);
    }

    [Fact]
    public void Names_are_classed_by_what_they_refer_to_whatever_their_place()
    {
        // Iran is an entity, though a source belongs here (CL1003); Foo and aidd are declared nowhere.
        Classes("source Iran says Foo -> Syria aidd 5 XYZ/week 2011 status maybe").ShouldBe(
        [
            ("source", C.Keyword), ("Iran", C.Entity), ("says", C.Keyword), ("Foo", C.UnresolvedName), ("->", C.Operator),
            ("Syria", C.Entity), ("aidd", C.UnresolvedName), ("5", C.Number), ("XYZ", C.UnresolvedName), ("/", C.Operator),
            ("week", C.UnresolvedName), ("2011", C.Date), ("status", C.Keyword), ("maybe", C.UnresolvedName),
        ]);
    }

    [Fact]
    public void Names_declared_in_other_files_resolve()
    {
        string text = "source S says Iraq -> Syria 5 USD 2011";
        ImmutableArray<ClassifiedSpan> spans = Spans(text, null, ("a/decls.claim", Declarations), ("b/more.claim", "entity Iraq\nsource S"));
        spans.Select(s => s.Class).ShouldBe([C.Keyword, C.Source, C.Keyword, C.Entity, C.Operator, C.Entity, C.Number, C.Unit, C.Date]);
        spans.ShouldNotContain(s => s.IsDeclaration);
    }

    [Fact]
    public void A_comment_gives_one_span_per_line_without_its_line_breaks()
    {
        string text = "/* one\r\ntwo\n\nthree */ entity E // four\n// five";
        Classes(text).ShouldBe(
        [
            ("/* one", C.Comment), ("two", C.Comment), ("three */", C.Comment), ("entity", C.Keyword), ("E", C.Entity),
            ("// four", C.Comment), ("// five", C.Comment),
        ]);
    }

    [Fact]
    public void A_range_gives_the_tokens_that_overlap_it_whole_and_the_comment_lines_within_it()
    {
        string text = "entity Iran\n/* a\nb\nc */\nentity Syria";
        int b = text.IndexOf('b');
        Classes(text, new TextSpan(b, 1)).ShouldBe([("b", C.Comment)]);
        Classes(text, new TextSpan(3, 6)).ShouldBe([("entity", C.Keyword), ("Iran", C.Entity)]); // "ity Ir"
        Classes(text, new TextSpan(text.Length - 3, 3)).ShouldBe([("Syria", C.Entity)]);
        Classes(text, new TextSpan(5, 0)).ShouldBeEmpty();
        Classes(text, new TextSpan(-10, 1000)).Length.ShouldBe(7);
    }

    [Fact]
    public void Text_the_parser_skipped_keeps_the_classes_of_what_it_lexes_as()
    {
        Classes("source BBC_Persian says Iran -> Syria 5 USD 2011\nIran -> \"s\" 7 says").Skip(9).ShouldBe(
            [("Iran", C.Entity), ("->", C.Operator), ("\"s\"", C.String), ("7", C.Number), ("says", C.Keyword)]);
        Classes("source BBC_Persian quoting de_Mistura sa").Last().ShouldBe(("sa", C.UnresolvedName));
    }

    [Fact]
    public void A_claim_cut_short_while_typing_gives_no_span_for_its_missing_tokens()
    {
        Classes("source BBC_Persian says Iran -> ").ShouldBe(
            [("source", C.Keyword), ("BBC_Persian", C.Source), ("says", C.Keyword), ("Iran", C.Entity), ("->", C.Operator)]);
        Classes("metric m { kind ").ShouldBe([("metric", C.Keyword), ("m", C.Metric), ("{", C.Operator), ("kind", C.Attribute)]);
    }

    [Fact]
    public void Bad_characters_and_white_space_have_no_span() =>
        Classes("entity E $ §\t\n").ShouldBe([("entity", C.Keyword), ("E", C.Entity)]);

    public static TheoryData<string> BaselineFiles() =>
        [.. Directory.GetFiles(RepositoryLayout.BaselinesFolder, "*.claim").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BaselineFiles))]
    public void Every_token_and_comment_line_has_one_span_in_order_even_in_broken_files(string file)
    {
        string text = SourceFiles.Read(Path.Combine(RepositoryLayout.BaselinesFolder, file));
        SemanticModel model = Model(text, ("decls.claim", Declarations));
        ImmutableArray<ClassifiedSpan> spans = SemanticClassifier.Classify(model, new TextSpan(0, text.Length));
        for (int i = 0; i < spans.Length; i++)
        {
            TextSpan span = spans[i].Span;
            span.Length.ShouldBeGreaterThan(0);
            text.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n').ShouldBe(-1);
            if (i > 0) span.Start.ShouldBeGreaterThanOrEqualTo(spans[i - 1].Span.End);
        }
        var covered = spans.Select(s => s.Span).ToHashSet();
        foreach (SyntaxToken token in model.Tree.GetTokens().Where(t => !t.IsMissing && t.Kind != SyntaxKind.EndOfFileToken))
            covered.ShouldContain(token.Span, $"{file}: token '{token.Text}' at {token.Span}");
        foreach (SyntaxTrivia skipped in model.Tree.GetTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
                     .Where(t => t.Kind == SyntaxKind.SkippedTokenTrivia))
            covered.ShouldContain(skipped.Span, $"{file}: skipped '{skipped.Text}' at {skipped.Span}");
        // Each range of a file gives the same spans as the whole file does there.
        int middle = text.Length / 2;
        SemanticClassifier.Classify(model, new TextSpan(middle, text.Length - middle))
            .ShouldBe(spans.Where(s => s.Span.End > middle));
    }
}
