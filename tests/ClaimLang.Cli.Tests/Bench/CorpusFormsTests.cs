using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>A corpus of a few thousand claims holds every form of claim analysts write, so that the benchmarks exercise them all.</summary>
[UseGermanCulture]
public sealed class CorpusFormsTests
{
    [Fact]
    public void Every_form_of_claim_is_written()
    {
        using var corpus = new GeneratedCorpus(3000);
        ClaimCompilation compilation = corpus.Compile();

        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (ClaimSyntax claim in GeneratedCorpus.Claims(compilation))
        {
            string text = claim.ToString();
            if (claim.Label is not null) forms.Add("label");
            if (claim.Speakers.Length == 1) forms.Add("quoting");
            if (claim.Speakers.Length == 2) forms.Add("quoting chain");
            if (claim.Metric is null) forms.Add("no metric (transfer)");
            string subject = claim.Subject.ToString();
            forms.Add(subject.Contains("->", StringComparison.Ordinal) ? "flow" : subject.Contains('→', StringComparison.Ordinal) ? "flow →" : "level");
            forms.Add(claim.Amount switch
            {
                RangeAmountSyntax => "range",
                BoundAmountSyntax bound => bound.IsLowerBound ? "lower bound" : "upper bound",
                ApproximateAmountSyntax => "approximate",
                _ => "value",
            });
            if (claim.Amount.DescendantNodes().OfType<NumberSyntax>().Any(n => n.ScaleWord is not null)) forms.Add("scale word");
            if (claim.Amount.ToString().Contains('e', StringComparison.Ordinal)) forms.Add("exponent");
            if (claim.Rate is { } rate) forms.Add("/" + rate.TimeUnit.Text);
            forms.Add(claim.Unit.ToString().Split('/')[0] switch { "%" => "%", "count" => "count", "barrel" => "barrel", _ => "currency" });
            forms.Add(claim.Period.Start.Text.Length == 4 ? (claim.Period.End is null ? "year" : "years") : (claim.Period.End is null ? "month" : "months"));
            foreach (QualifierSyntax qualifier in claim.Qualifiers) forms.Add(qualifier.Keyword.Text);
            if (text.Contains('\n', StringComparison.Ordinal)) forms.Add("two lines");
        }

        string[] expected = [
            "label", "quoting", "quoting chain", "no metric (transfer)", "flow", "flow →", "level",
            "value", "range", "lower bound", "upper bound", "approximate", "scale word", "exponent",
            "/yr", "/year", "/mo", "/month", "%", "count", "barrel", "currency",
            "year", "years", "month", "months", "as", "note", "cite", "status", "two lines",
        ];
        expected.Except(forms).ShouldBeEmpty();
    }
}
