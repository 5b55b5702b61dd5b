using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>Declarations of every kind, with and without display names and attributes (docs/language.md, "Declarations").</summary>
public sealed class DeclarationFormsTests
{
    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("source", DeclarationKind.Source, SyntaxKind.SourceKeyword)]
    [InlineData("person", DeclarationKind.Person, SyntaxKind.PersonKeyword)]
    [InlineData("entity", DeclarationKind.Entity, SyntaxKind.EntityKeyword)]
    [InlineData("metric", DeclarationKind.Metric, SyntaxKind.MetricKeyword)]
    [InlineData("unit", DeclarationKind.Unit, SyntaxKind.UnitKeyword)]
    internal void Every_kind_may_be_declared_bare_named_or_with_attributes(string keyword, DeclarationKind kind, SyntaxKind keywordKind)
    {
        DeclarationSyntax bare = Parse.ValidDeclaration($"{keyword} Thing");
        (bare.DeclarationKind, bare.Keyword.Kind, bare.Identifier.Text).ShouldBe((kind, keywordKind, "Thing"));
        bare.DisplayName.ShouldBeNull();
        bare.AttributeBlock.ShouldBeNull();

        DeclarationSyntax named = Parse.ValidDeclaration($"{keyword} Thing \"A thing\"");
        named.DisplayName.ShouldNotBeNull().Text.ShouldBe("\"A thing\"");
        named.AttributeBlock.ShouldBeNull();

        DeclarationSyntax full = Parse.ValidDeclaration($"{keyword} Thing \"A thing\" {{ kind x  role \"r\" }}");
        full.DeclarationKind.ShouldBe(kind);
        AttributeBlockSyntax block = full.AttributeBlock.ShouldNotBeNull();
        (block.OpenBrace.Kind, block.CloseBrace.Kind).ShouldBe((SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken));
        block.Attributes.Select(a => a.Name.Text).ShouldBe(["kind", "role"]);

        DeclarationSyntax blockOnly = Parse.ValidDeclaration($"{keyword} Thing {{}}");
        blockOnly.DisplayName.ShouldBeNull();
        blockOnly.AttributeBlock.ShouldNotBeNull().Attributes.ShouldBeEmpty();
    }

    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("\"https://www.bbc.com/persian\"", SyntaxKind.StringToken, null)]
    [InlineData("broadcaster", SyntaxKind.IdentifierToken, null)]
    [InlineData("2018-02", SyntaxKind.DateToken, null)]
    [InlineData("2018-02-03", SyntaxKind.DateToken, null)]
    [InlineData("2018", SyntaxKind.NumberToken, null)]
    [InlineData("100", SyntaxKind.NumberToken, null)]
    [InlineData("-100", SyntaxKind.NumberToken, null)]
    [InlineData("1.5e3", SyntaxKind.NumberToken, null)]
    [InlineData("5 billion", SyntaxKind.NumberToken, SyntaxKind.BillionKeyword)]
    [InlineData("%", SyntaxKind.PercentToken, null)]
    internal void An_attribute_value_is_a_string_number_date_name_or_percent(string value, SyntaxKind kind, SyntaxKind? scale)
    {
        AttributeSyntax attribute = Parse.ValidDeclaration($"metric m {{ max {value} }}").AttributeBlock!.Attributes.ShouldHaveSingleItem();
        attribute.Name.Text.ShouldBe("max");
        attribute.Value.Kind.ShouldBe(kind);
        ((SyntaxKind?)attribute.ScaleWord?.Kind).ShouldBe(scale);
        (attribute.ScaleWord is null).ShouldBe(scale is null);
    }

    public static TheoryData<string> Keywords() => [.. SyntaxFacts.KeywordTexts];

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Any_keyword_may_name_an_attribute(string keyword)
    {
        AttributeSyntax attribute = Parse.ValidDeclaration($"metric aid {{ {keyword} USD }}").AttributeBlock!.Attributes.ShouldHaveSingleItem();
        attribute.Name.Kind.ShouldBe(SyntaxFacts.GetKeywordKind(keyword));
        attribute.Name.Text.ShouldBe(keyword);
        attribute.Value.Text.ShouldBe("USD");
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Any_keyword_may_be_an_attribute_value_and_keeps_its_kind(string keyword)
    {
        AttributeSyntax[] attributes = [.. Parse.ValidDeclaration($"entity Khatami {{ kind {keyword}  code IRN }}").AttributeBlock!.Attributes];
        attributes.Select(a => (a.Name.Text, a.Value.Text)).ShouldBe([("kind", keyword), ("code", "IRN")]);
        attributes[0].Value.Kind.ShouldBe(SyntaxFacts.GetKeywordKind(keyword));
        attributes[0].ScaleWord.ShouldBeNull();
    }

    [Fact]
    public void A_keyword_value_does_not_end_a_block_whose_lines_look_like_declarations()
    {
        // `source Wire` first on its line could start a member; the block holds it only when
        // the attributes after it, `kind person` among them, reach the '}'.
        DeclarationSyntax declaration = Parse.ValidDeclaration("entity Khatami {\n  source Wire\n  kind person\n}\n");
        declaration.AttributeBlock!.Attributes.Select(a => (a.Name.Text, a.Value.Text)).ShouldBe([("source", "Wire"), ("kind", "person")]);
    }

    [Fact]
    public void A_block_may_span_lines_with_comments()
    {
        DeclarationSyntax declaration = Parse.ValidDeclaration(
            "source BBC_Persian \"BBC Persian\" {\r\n  kind broadcaster\r\n  published 2018-02 /* month */\r\n" +
            "  reliability B                  // Admiralty scale\r\n}\r\n");
        declaration.AttributeBlock!.Attributes.Select(a => (a.Name.Text, a.Value.Text))
            .ShouldBe([("kind", "broadcaster"), ("published", "2018-02"), ("reliability", "B")]);
    }
}
