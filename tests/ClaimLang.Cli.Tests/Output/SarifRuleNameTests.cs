using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class SarifRuleNameTests
{
    [Theory]
    [InlineData("Syntax error", "SyntaxError")]
    [InlineData("'as of' later than the source's published date", "AsOfLaterThanTheSourcesPublishedDate")]
    [InlineData("Amount outside the metric's min/max", "AmountOutsideTheMetricsMinMax")]
    [InlineData("Unknown attribute or bad attribute value", "UnknownAttributeOrBadAttributeValue")]
    public void Makes_pascal_case_without_punctuation(string title, string expected) =>
        SarifRuleName.FromTitle(title).ShouldBe(expected);

    [Fact]
    public void Every_rule_gets_a_distinct_identifier_like_name()
    {
        string[] names = [.. DiagnosticDescriptors.All.Select(d => SarifRuleName.FromTitle(d.Title))];

        names.ShouldBeUnique();
        names.ShouldAllBe(name => System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]*$"));
    }
}
