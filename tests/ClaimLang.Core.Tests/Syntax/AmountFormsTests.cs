using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>Every way of writing an amount (docs/language.md, "Files and tokens" and "Amounts and rounding") parses into the right node.</summary>
public sealed class AmountFormsTests
{
    private static AmountSyntax AmountOf(string amount) =>
        Parse.ValidClaim($"source BBC says Iran -> Syria aid {amount} USD 2011").Amount;

    [Theory]
    [InlineData("36")]
    [InlineData("0")]
    [InlineData("36.5")]
    [InlineData("36e9")]
    [InlineData("3.6E10")]
    [InlineData("36E+9")]
    [InlineData("1e-3")]
    [InlineData("36_000_000_000")]
    [InlineData("1_000.000_1")]
    [InlineData("-12")]
    [InlineData("-0.5")]
    [InlineData("-3.6e10")]
    public void A_plain_number_is_a_value(string number)
    {
        var value = AmountOf(number).ShouldBeOfType<ValueAmountSyntax>().Value;
        value.NumberToken.Kind.ShouldBe(SyntaxKind.NumberToken);
        value.NumberToken.Text.ShouldBe(number);
        value.ScaleWord.ShouldBeNull();
    }

    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("thousand", SyntaxKind.ThousandKeyword)]
    [InlineData("million", SyntaxKind.MillionKeyword)]
    [InlineData("billion", SyntaxKind.BillionKeyword)]
    [InlineData("trillion", SyntaxKind.TrillionKeyword)]
    internal void A_scale_word_after_a_number_belongs_to_it(string scale, SyntaxKind kind)
    {
        var value = AmountOf($"36 {scale}").ShouldBeOfType<ValueAmountSyntax>().Value;
        value.NumberToken.Text.ShouldBe("36");
        value.ScaleWord.ShouldNotBeNull().Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("14..15 billion", "14", null, "15", "billion")]
    [InlineData("14 .. 15 billion", "14", null, "15", "billion")]
    [InlineData("14e9..15e9", "14e9", null, "15e9", null)]
    [InlineData("1 million..2 billion", "1", "million", "2", "billion")]
    [InlineData("-5..5", "-5", null, "5", null)]
    [InlineData("14.5..15.5", "14.5", null, "15.5", null)]
    [InlineData("1_000..2_000", "1_000", null, "2_000", null)]
    public void Two_numbers_around_dots_are_a_range(string amount, string low, string? lowScale, string high, string? highScale)
    {
        var range = AmountOf(amount).ShouldBeOfType<RangeAmountSyntax>();
        range.Low.NumberToken.Text.ShouldBe(low);
        range.Low.ScaleWord?.Text.ShouldBe(lowScale);
        (range.Low.ScaleWord is null).ShouldBe(lowScale is null);
        range.DotDot.Kind.ShouldBe(SyntaxKind.DotDotToken);
        range.High.NumberToken.Text.ShouldBe(high);
        range.High.ScaleWord?.Text.ShouldBe(highScale);
        (range.High.ScaleWord is null).ShouldBe(highScale is null);
    }

    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData(">= 12e9", SyntaxKind.GreaterEqualsToken, true)]
    [InlineData(">12e9", SyntaxKind.GreaterToken, true)]
    [InlineData("<= 12e9", SyntaxKind.LessEqualsToken, false)]
    [InlineData("< 12e9", SyntaxKind.LessToken, false)]
    [InlineData(">= -12", SyntaxKind.GreaterEqualsToken, true)]
    internal void An_operator_before_a_number_is_a_bound(string amount, SyntaxKind operatorKind, bool isLower)
    {
        var bound = AmountOf(amount).ShouldBeOfType<BoundAmountSyntax>();
        bound.OperatorToken.Kind.ShouldBe(operatorKind);
        bound.IsLowerBound.ShouldBe(isLower);
        bound.Value.NumberToken.Text.ShouldEndWith("12" + (amount.EndsWith("e9") ? "e9" : ""));
    }

    [Fact]
    public void A_bound_may_carry_a_scale_word() =>
        AmountOf(">= 36 billion").ShouldBeOfType<BoundAmountSyntax>().Value.ScaleWord.ShouldNotBeNull().Kind.ShouldBe(SyntaxKind.BillionKeyword);

    [Theory]
    [InlineData("~80", "80", null)]
    [InlineData("~ 80", "80", null)]
    [InlineData("~700 million", "700", "million")]
    public void A_tilde_before_a_number_is_an_approximation(string amount, string number, string? scale)
    {
        var approximate = AmountOf(amount).ShouldBeOfType<ApproximateAmountSyntax>();
        approximate.Tilde.Kind.ShouldBe(SyntaxKind.TildeToken);
        approximate.Value.NumberToken.Text.ShouldBe(number);
        approximate.Value.ScaleWord?.Text.ShouldBe(scale);
    }
}
