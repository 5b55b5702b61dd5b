using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ClaimLang.Binding.Units;
using ClaimLang.Diagnostics;
using ClaimLang.Formatting;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// Works out what each claim means and checks what can be checked one claim at a time:
/// an empty range (CL2003), an amount outside its metric's min/max (CL2004), a rate for a
/// level metric (CL2002), a period that ends before it starts (CL3001), a claim about the
/// future stated as fact (CL3002), and an <c>as of</c> after the source was published (CL3003).
/// </summary>
internal static class MeaningBinder
{
    /// <summary>The claim's meaning, or null when it cannot be worked out (a number, date or name the other checks already report).</summary>
    public static ClaimMeaning? Meaning(ClaimSyntax claim, SymbolTable symbols, MeaningOptions options)
    {
        ClaimSymbols names = NameBinder.LookUp(claim, symbols);
        return Check(claim, names, MetricOf(claim, names), unit: null, new ClaimMeasures(options), report: null);
    }

    /// <summary>
    /// Reports what is wrong with the claim on its own (to <paramref name="report"/>, when given),
    /// and returns its meaning when nothing is. The claim's names, metric and unit are the ones
    /// the other checks have already looked up.
    /// </summary>
    /// <remarks><paramref name="measures"/> is the file's: its claims share what they measure.</remarks>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ClaimMeaning? Check(ClaimSyntax claim, ClaimSymbols names, MetricInfo? metric, UnitInfo? unit, ClaimMeasures measures,
        ImmutableArray<Diagnostic>.Builder? report)
    {
        MeaningOptions options = measures.Options;
        bool ok = true;
        // The claim's parts are read through its tokens; its nodes are made only for a diagnostic's location.
        // A claim whose subject is missing already has its syntax error: no second one at the same place.
        if (!claim.IsFlow && claim.Metric is null && !claim.SubjectFrom.IsMissing)
        {
            Report(report, DiagnosticDescriptors.SyntaxError, claim.Subject.GetLocation(),
                $"a claim about one entity must name a metric, as in `{claim.SubjectFrom.Text} poverty_rate ~80 % 2018`");
            ok = false;
        }

        AmountInterval? amount = AmountReader.Read(claim.AmountTokens, options, out bool isEmptyRange);
        if (isEmptyRange && claim.Amount is RangeAmountSyntax range)
        {
            Report(report, DiagnosticDescriptors.EmptyRange, range.GetLocation(), CanonicalText.Of(range.Low), CanonicalText.Of(range.High));
            ok = false;
        }

        ClaimPeriod? period = ReadPeriod(claim);
        if (period is { } p && p.End < p.Start)
        {
            Report(report, DiagnosticDescriptors.PeriodEndsBeforeStart, claim.Period.GetLocation(),
                claim.PeriodStart.Text, claim.PeriodEnd?.Text);
            ok = false;
        }

        SyntaxToken? timeUnit = claim.RateTimeUnit;
        RateUnit? rate = ReadRate(timeUnit);

        if (metric is { IsFlow: false } && timeUnit is { } levelRate)
        {
            Report(report, DiagnosticDescriptors.UnitDoesNotFitMetric, claim.Rate!.GetLocation(),
                $"'{metric.Name}' is a level (a state at a time), so it has no rate per {levelRate.Text}: write the level itself, e.g. `~80 %`");
            ok = false;
        }
        // An amount outside the metric's min/max is still an amount over a period: the claim
        // keeps its meaning (its dataset row), though its error keeps it out of the consistency checks.
        bool inBounds = true;
        if (metric is not null && amount is { } interval && !interval.Intersects(metric.Bounds))
        {
            Report(report, DiagnosticDescriptors.AmountOutOfBounds, claim.Amount.GetLocation(), BoundsMessage(claim, metric, interval));
            inBounds = false;
        }

        AsOfQualifierSyntax? asOfSyntax = null;
        StatusQualifierSyntax? statusSyntax = null;
        foreach (QualifierSyntax qualifier in claim.Qualifiers)
        {
            if (qualifier is AsOfQualifierSyntax a) asOfSyntax ??= a;
            else if (qualifier is StatusQualifierSyntax st) statusSyntax ??= st;
        }
        if (asOfSyntax is not null && report is not null && ok && inBounds && period is { } checkedPeriod && WrittenDate.Read(asOfSyntax.Date) is { } stated)
            CheckAsOf(names, asOfSyntax, stated, checkedPeriod, isTotal: rate is null && metric is not { IsFlow: false }, report);

        if (!ok || amount is not { } amountValue || period is not { } periodValue || metric is null || rate is null && timeUnit is not null)
            return null;
        AmountInterval total = rate is { } per ? amountValue.Times(periodValue.Count(per)) : amountValue;
        // The names are the symbols' own strings when they resolve (they always do for a claim
        // without errors), so the meanings of a large project share them instead of copying them.
        string attribution = names.Attribution?.Name ?? (claim.Speakers.IsEmpty ? claim.Source.Text : claim.Speakers[^1].Speaker.Text);
        string from = names.From?.Name ?? claim.SubjectFrom.Text;
        string? to = claim.SubjectTo is { } toName ? names.To?.Name ?? toName.Text : null;
        string unitName = unit?.Name ?? claim.UnitName.Text;
        return new ClaimMeaning(claim, attribution, from, to, measures.Of(metric.Name, unitName), rate, periodValue, total, statusSyntax is not null);
    }

    /// <summary>The claim's metric, from its looked-up names: the one it names, or <c>transfer</c> for a flow that names none; null when the name does not resolve to a metric.</summary>
    internal static MetricInfo? MetricOf(ClaimSyntax claim, ClaimSymbols names)
    {
        Symbol? metric = claim.Metric is not null
            ? names.Metric is { Kind: SymbolKind.Metric } named ? named : null
            : claim.IsFlow ? BuiltInSymbols.Transfer : null;
        return metric?.MetricInfo;
    }

    // Only a total of a flow needs its period over: a rate is the pace so far, and a level is
    // a state, which a source can state while its period is still running.
    private static void CheckAsOf(ClaimSymbols names, AsOfQualifierSyntax asOfSyntax, WrittenDate asOf, ClaimPeriod period, bool isTotal,
        ImmutableArray<Diagnostic>.Builder report)
    {
        if (asOf.Last < period.Start)
        {
            Report(report, DiagnosticDescriptors.FutureStatedAsFact, asOfSyntax.GetLocation(),
                $"stated as of {asOf.Text} about {period.Text}, which had not begun: a claim about the future is a forecast; say so in a note, or mark it `status disputed`");
        }
        else if (isTotal && asOf.Last < period.End)
        {
            Report(report, DiagnosticDescriptors.FutureStatedAsFact, asOfSyntax.GetLocation(),
                $"a total over {period.Text} stated as of {asOf.Text}, before the period ended: it can only be a forecast or a figure so far; give the period up to {asOf.Text}, or a rate");
        }

        if (names.Source is { Kind: SymbolKind.Source } source && source.Published is { } published
            && asOf.First > published.Last)
        {
            var related = source.Location is { } declared ? [new RelatedLocation(declared, $"{source.Name} is published {published.Text}")] : Array.Empty<RelatedLocation>();
            report.Add(Diagnostic.Create(DiagnosticDescriptors.AsOfAfterPublished, asOfSyntax.GetLocation(), related,
                $"stated as of {asOf.Text}, after {source.Name} was published ({published.Text}): check the date, or the source"));
        }
    }

    private static string BoundsMessage(ClaimSyntax claim, MetricInfo metric, AmountInterval interval)
    {
        string written = $"{CanonicalText.Of(claim.Amount)} {CanonicalText.Of(claim.Unit)}";
        if (metric.Min is { } min && interval.High is { } high && high < min)
        {
            string why = metric.IsFlow && metric.Min == Rational.Zero ? " (a flow is never negative unless the metric's min allows it)" : "";
            return $"{written} is below {metric.Name}'s min {min}{why}";
        }
        return $"{written} is above {metric.Name}'s max {metric.Max}";
    }

    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ClaimPeriod? ReadPeriod(ClaimSyntax claim)
    {
        if (WrittenDate.Read(claim.PeriodStart) is not { } first) return null;
        WrittenDate? last = claim.PeriodEnd is { } end ? WrittenDate.Read(end) : first;
        return last is { } l ? new ClaimPeriod(first.First, l.Last, claim) : null;
    }

    private static RateUnit? ReadRate(SyntaxToken? timeUnit)
    {
        if (timeUnit is not { } word) return null;
        return word.AsSpan() switch
        {
            "yr" or "year" => RateUnit.Year,
            "mo" or "month" => RateUnit.Month,
            "day" => RateUnit.Day,
            _ => null,
        };
    }

    private static void Report(ImmutableArray<Diagnostic>.Builder? report, DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        report?.Add(Diagnostic.Create(descriptor, location, args));
}
