using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>Labels, quoting chains and subjects (docs/language.md, "Claims").</summary>
public sealed class AttributionAndSubjectFormsTests
{
    [Theory]
    [InlineData("bbc_total: ", "bbc_total")]
    [InlineData("bbc_total : ", "bbc_total")]
    [InlineData("bbc_total:", "bbc_total")]
    [InlineData("Ünïcödé_1:\n", "Ünïcödé_1")]
    [InlineData("_: ", "_")]
    public void A_name_and_a_colon_label_a_claim(string prefix, string label)
    {
        ClaimSyntax claim = Parse.ValidClaim(prefix + "source BBC says Iran -> Syria 36e9 USD 2011");
        ClaimLabelSyntax node = claim.Label.ShouldNotBeNull();
        node.Identifier.Text.ShouldBe(label);
        node.Colon.Kind.ShouldBe(SyntaxKind.ColonToken);
    }

    [Fact]
    public void A_claim_without_a_label_has_none() =>
        Parse.ValidClaim("source BBC says Iran -> Syria 36e9 USD 2011").Label.ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("de_Mistura")]
    [InlineData("Bloomberg de_Mistura")]
    [InlineData("JCPA Bloomberg de_Mistura")]
    public void Quoting_clauses_list_the_speakers_outermost_first(string speakers)
    {
        string[] names = speakers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ClaimSyntax claim = Parse.ValidClaim(
            "source DW " + string.Concat(names.Select(n => $"quoting {n} ")) + "says Iran -> Syria aid 6e9 USD/yr 2018");
        claim.SourceKeyword.Kind.ShouldBe(SyntaxKind.SourceKeyword);
        claim.Source.Text.ShouldBe("DW");
        claim.Speakers.Select(s => s.Speaker.Text).ShouldBe(names);
        claim.Speakers.ShouldAllBe(s => s.QuotingKeyword.Kind == SyntaxKind.QuotingKeyword);
    }

    [Theory]
    [InlineData("Iran -> Syria", "->")]
    [InlineData("Iran->Syria", "->")]
    [InlineData("Iran \u2192 Syria", "\u2192")]
    [InlineData("Iran\u2192Syria", "\u2192")]
    [InlineData("Iran\n  -> Syria", "->")]
    public void An_arrow_between_two_entities_is_a_flow(string subject, string arrow)
    {
        ClaimSyntax claim = Parse.ValidClaim($"source BBC says {subject} 36e9 USD 2011");
        claim.Subject.IsFlow.ShouldBeTrue();
        claim.Subject.From.Text.ShouldBe("Iran");
        claim.Subject.Arrow.ShouldNotBeNull().Kind.ShouldBe(SyntaxKind.ArrowToken);
        claim.Subject.Arrow!.Value.Text.ShouldBe(arrow);
        claim.Subject.To.ShouldNotBeNull().Text.ShouldBe("Syria");
        claim.Metric.ShouldBeNull();
        claim.SaysKeyword.Kind.ShouldBe(SyntaxKind.SaysKeyword);
    }

    [Fact]
    public void One_entity_and_a_metric_are_a_measure()
    {
        ClaimSyntax claim = Parse.ValidClaim("source Iran_officials says Iran poverty_rate ~80 % 2018");
        claim.Subject.IsFlow.ShouldBeFalse();
        claim.Subject.From.Text.ShouldBe("Iran");
        claim.Subject.Arrow.ShouldBeNull();
        claim.Subject.To.ShouldBeNull();
        claim.Metric.ShouldNotBeNull().Text.ShouldBe("poverty_rate");
    }

    [Fact]
    public void A_flow_may_name_a_metric() =>
        Parse.ValidClaim("source BBC says Iran -> Syria aid 36e9 USD 2011").Metric.ShouldNotBeNull().Text.ShouldBe("aid");

    [Theory]
    [InlineData("Сирия")]
    [InlineData("日本")]
    [InlineData("naïve")]
    [InlineData("a\u0301b")] // a combining accent inside a name
    [InlineData("x_1_2")]
    public void Names_may_use_Unicode_letters(string name) =>
        Parse.ValidClaim($"source {name} says {name} -> Syria 1 USD 2011").Source.Text.ShouldBe(name);

    // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter (category Lu) outside the BMP: in UTF-16
    // a surrogate pair. Section 2 allows Unicode letters, so it is a name like any other.
    [Theory]
    [InlineData("\U0001D49C")]
    [InlineData("x\U0001D49C")]
    [InlineData("\U00020000")] // a CJK ideograph (Lo) in plane 2
    public void Names_may_use_letters_outside_the_basic_multilingual_plane(string name) =>
        Parse.ValidClaim($"source BBC says {name} -> Syria 1 USD 2011").Subject.From.Text.ShouldBe(name);
}
