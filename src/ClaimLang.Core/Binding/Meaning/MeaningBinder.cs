using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// Works out what each claim means and checks what can be checked one claim at a time:
/// an empty range (CL2003), an amount outside its metric's min/max (CL2004), a rate for a
/// level metric (CL2002), a period that ends before it starts (CL3001), a claim about the
/// future stated as fact (CL3002), and an <c>as of</c> after the source was published (CL3003).
/// </summary>
public static class MeaningBinder
{
    /// <summary>The claim's meaning, or null when it cannot be worked out (a number, date or name the other checks already report).</summary>
    public static ClaimMeaning? Meaning(ClaimSyntax claim, SymbolTable symbols, MeaningOptions options) =>
        Bind(claim, symbols, options, report: null);

    /// <summary>Reports what is wrong with the claim on its own, and returns its meaning when nothing is.</summary>
    public static ClaimMeaning? Check(ClaimSyntax claim, SymbolTable symbols, MeaningOptions options, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        Bind(claim, symbols, options, diagnostics);

    private static ClaimMeaning? Bind(ClaimSyntax claim, SymbolTable symbols, MeaningOptions options, ImmutableArray<Diagnostic>.Builder? report)
    {
        bool ok = true;
        if (!claim.Subject.IsFlow && claim.Metric is null)
        {
            Report(report, DiagnosticDescriptors.SyntaxError, claim.Subject.GetLocation(),
                $"a claim about one entity must name a metric, as in `{claim.Subject.From.Text} poverty_rate ~80 % 2018`");
            ok = false;
        }

        AmountInterval? amount = AmountReader.Read(claim.Amount, options);
        if (claim.Amount is RangeAmountSyntax range && AmountReader.ReadRange(range, options) is ({ } low, { } high) && low.Value > high.Value)
        {
            Report(report, DiagnosticDescriptors.EmptyRange, range.GetLocation(), range.Low.ToString(), range.High.ToString());
            ok = false;
        }

        ClaimPeriod? period = ReadPeriod(claim.Period);
        if (period is not null && period.End < period.Start)
        {
            Report(report, DiagnosticDescriptors.PeriodEndsBeforeStart, claim.Period.GetLocation(),
                claim.Period.Start.Text, claim.Period.End?.Text);
            ok = false;
        }

        MetricInfo? metric = MetricOf(claim, symbols);
        RateUnit? rate = ReadRate(claim.Rate);

        if (metric is { IsFlow: false } && claim.Rate is { } rateSyntax)
        {
            Report(report, DiagnosticDescriptors.UnitDoesNotFitMetric, rateSyntax.GetLocation(),
                $"'{metric.Name}' is a level (a state at a time), so it has no rate per {rateSyntax.TimeUnit.Text}: write the level itself, e.g. `~80 %`");
            ok = false;
        }
        if (metric is not null && amount is { } interval && !interval.Intersects(metric.Bounds))
        {
            Report(report, DiagnosticDescriptors.AmountOutOfBounds, claim.Amount.GetLocation(), BoundsMessage(claim, metric, interval));
            ok = false;
        }

        AsOfQualifierSyntax? asOfSyntax = null;
        StatusQualifierSyntax? statusSyntax = null;
        foreach (QualifierSyntax qualifier in claim.Qualifiers)
        {
            if (qualifier is AsOfQualifierSyntax a) asOfSyntax ??= a;
            else if (qualifier is StatusQualifierSyntax st) statusSyntax ??= st;
        }
        WrittenDate? asOf = asOfSyntax is null ? null : WrittenDate.Read(asOfSyntax.Date);
        if (asOf is { } stated && period is not null && ok)
            CheckAsOf(claim, asOfSyntax!, stated, period, rate is not null, symbols, report);

        if (!ok || amount is null || period is null || metric is null || rate is null && claim.Rate is not null) return null;
        AmountInterval total = rate is { } per ? amount.Value.Times(period.Count(per)) : amount.Value;
        string attribution = claim.Speakers.IsEmpty ? claim.Source.Text : claim.Speakers[^1].Speaker.Text;
        string? status = statusSyntax?.Value.Text;
        return new ClaimMeaning(claim, attribution, claim.Subject.From.Text, claim.Subject.To?.Text, metric.Name,
            claim.Unit.Name.Text, rate, amount.Value, period, total, asOf, status);
    }

    /// <summary>The claim's metric: the one it names, or <c>transfer</c> for a flow that names none; null when the name does not resolve.</summary>
    public static MetricInfo? MetricOf(ClaimSyntax claim, SymbolTable symbols)
    {
        Symbol? metric = claim.Metric is { } name
            ? NameBinder.Resolve(symbols, name, NameRole.Metric)
            : claim.Subject.IsFlow ? BuiltInSymbols.Transfer : null;
        return metric?.MetricInfo;
    }

    private static void CheckAsOf(ClaimSyntax claim, AsOfQualifierSyntax asOfSyntax, WrittenDate asOf, ClaimPeriod period, bool isRate,
        SymbolTable symbols, ImmutableArray<Diagnostic>.Builder? report)
    {
        if (report is null) return;
        if (asOf.Last < period.Start)
        {
            Report(report, DiagnosticDescriptors.FutureStatedAsFact, asOfSyntax.GetLocation(),
                $"stated as of {asOf.Text} about {period.Text}, which had not begun: a claim about the future is a forecast; say so in a note, or mark it `status disputed`");
        }
        else if (!isRate && asOf.Last < period.End)
        {
            Report(report, DiagnosticDescriptors.FutureStatedAsFact, asOfSyntax.GetLocation(),
                $"a total over {period.Text} stated as of {asOf.Text}, before the period ended: it can only be a forecast or a figure so far; give the period up to {asOf.Text}, or a rate");
        }

        if (NameBinder.Resolve(symbols, claim.Source, NameRole.Source) is { } source && SourceInfo.Published(source) is { } published
            && asOf.First > published.Last)
        {
            var related = source.Location is { } declared ? [new RelatedLocation(declared, $"{source.Name} is published {published.Text}")] : Array.Empty<RelatedLocation>();
            report.Add(Diagnostic.Create(DiagnosticDescriptors.AsOfAfterPublished, asOfSyntax.GetLocation(), related,
                $"stated as of {asOf.Text}, after {source.Name} was published ({published.Text}): check the date, or the source"));
        }
    }

    private static string BoundsMessage(ClaimSyntax claim, MetricInfo metric, AmountInterval interval)
    {
        string written = $"{claim.Amount} {claim.Unit}";
        if (metric.Min is { } min && interval.High is { } high && high < min)
        {
            string why = metric.IsFlow && metric.Min == Rational.Zero ? " (a flow is never negative unless the metric's min allows it)" : "";
            return $"{written} is below {metric.Name}'s min {min}{why}";
        }
        return $"{written} is above {metric.Name}'s max {metric.Max}";
    }

    private static ClaimPeriod? ReadPeriod(PeriodSyntax period)
    {
        if (WrittenDate.Read(period.Start) is not { } first) return null;
        WrittenDate? last = period.End is { } end ? WrittenDate.Read(end) : first;
        return last is { } l ? new ClaimPeriod(first.First, l.Last, period) : null;
    }

    private static RateUnit? ReadRate(RateSyntax? rate) => rate?.TimeUnit.Text switch
    {
        "yr" or "year" => RateUnit.Year,
        "mo" or "month" => RateUnit.Month,
        "day" => RateUnit.Day,
        _ => null,
    };

    private static void Report(ImmutableArray<Diagnostic>.Builder? report, DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        report?.Add(Diagnostic.Create(descriptor, location, args));
}
