using System.Text;
using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Numbers;
using ClaimLang.Bench.Corpus.Randomness;
using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// Writes claims: seven in eight about flows (totals and rates per year or month), the rest
/// about levels. A claim agrees with the truth, except, with the conflict rate's probability,
/// one written to conflict: its figure is a fraction or a multiple of the truth, over the
/// period its group's latest claim was about, spoken by a dissenter.
/// </summary>
internal sealed class ClaimComposer(CorpusCast cast, CorpusSeries series, TrueAmounts truth, double conflictRate, SeededRandom random)
{
    private const double LevelShare = 0.12;

    private readonly AmountWriter _amounts = new(random);
    private readonly PeriodChooser _periods = new(random);
    private readonly SpeakerChooser _speakers = new(cast, random);
    private readonly QualifierWriter _qualifiers = new(random);
    private readonly GroupHistory _flows = new(series.Flows.Count);
    private readonly GroupHistory _levels = new(series.Levels.Count);
    private readonly StringBuilder _line = new(256);

    // A corpus of one flow group has no level to write about; the draw is made all the same, so
    // that the claims' other choices follow the same sequence of random numbers.
    public ComposedClaim Compose(int number, Article article) =>
        random.Chance(LevelShare) && series.Levels.Count > 0 ? Level(number, article) : Flow(number, article);

    private ComposedClaim Flow(int number, Article article)
    {
        FlowSeries flow = series.PickFlow(random);
        (IReadOnlyList<string> speakers, bool conflicting, ClaimPeriod period) =
            Frame(_flows, flow.Index, article, () => _periods.ForFlow(article.LatestMonth));

        double total = truth.Total(flow, period);
        if (conflicting) total *= random.Chance(0.5) ? random.Between(0.08, 0.15) : random.Between(6.0, 12.0);
        string? per = random.Chance(0.3) ? (period.InMonths && random.Chance(0.6) ? "mo" : "yr") : null;
        double value = per switch
        {
            "yr" => total / (period.MonthCount / 12.0),
            "mo" => total / period.MonthCount,
            _ => total,
        };
        NumberStyle style = random.NextDouble() switch
        {
            < 0.55 => NumberStyle.Exponent,
            < 0.9 => NumberStyle.ScaleWord,
            _ => NumberStyle.Digits,
        };
        WrittenAmount amount = conflicting ? _amounts.TwoSided(value, style) : _amounts.Flow(value, style);

        string? label = Begin(number, article, speakers);
        _line.Append(flow.From.Name).Append(random.Chance(0.04) ? " → " : " -> ").Append(flow.To.Name);
        if (!flow.Metric.IsBuiltIn) _line.Append(' ').Append(flow.Metric.Name);
        End(amount, flow.Metric.Unit, per, period, article, conflicting);

        _flows.Wrote(flow.Index, period, conflicting);
        var record = new ClaimRecord(label, article.Source.Name, Attribution(article, speakers), flow.From.Name, flow.To.Name, null,
            flow.Metric.Name, amount.Low, amount.High, flow.Metric.Unit, per, period);
        return new ComposedClaim(_line.ToString(), record, conflicting);
    }

    private ComposedClaim Level(int number, Article article)
    {
        LevelSeries level = series.PickLevel(random);
        (IReadOnlyList<string> speakers, bool conflicting, ClaimPeriod period) =
            Frame(_levels, level.Index, article, () => _periods.ForLevel(level, article.LatestMonth));

        double value = truth.Level(level, period);
        if (conflicting) value = Distorted(level.Metric, value);
        NumberStyle style = level.Metric.Unit != "%" && random.Chance(0.4) ? NumberStyle.ScaleWord : NumberStyle.Digits;
        WrittenAmount amount = conflicting ? _amounts.TwoSided(value, style) : _amounts.Level(value, style);

        string? label = Begin(number, article, speakers);
        _line.Append(level.Subject.Name).Append(' ').Append(level.Metric.Name);
        End(amount, level.Metric.Unit, null, period, article, conflicting);

        _levels.Wrote(level.Index, period, conflicting);
        var record = new ClaimRecord(label, article.Source.Name, Attribution(article, speakers), null, null, level.Subject.Name,
            level.Metric.Name, amount.Low, amount.High, level.Metric.Unit, null, period);
        return new ComposedClaim(_line.ToString(), record, conflicting);
    }

    // Whether the claim conflicts (by the conflict rate, while its group has a dissenter left),
    // who speaks, and its period: for a conflicting claim, that of its group's latest claim when
    // the article can speak of it, so that the two figures meet.
    private (IReadOnlyList<string> Speakers, bool Conflicting, ClaimPeriod Period) Frame(GroupHistory history, int group, Article article,
        Func<ClaimPeriod> choosePeriod)
    {
        IReadOnlyList<string>? dissent = random.Chance(conflictRate)
            ? _speakers.ForConflicting(article.Source, group, history.Conflicting(group))
            : null;
        if (dissent is null) return (_speakers.ForAgreeing(article.Source), false, choosePeriod());
        ClaimPeriod period = history.LastPeriod(group) is { } last && last.LastMonth <= article.LatestMonth ? last : choosePeriod();
        return (dissent, true, period);
    }

    // A level far from the truth but inside the metric's bounds (no CL2004): a share moved by
    // 30 to 40 points towards the other side, anything else several times larger or smaller.
    private double Distorted(Metric metric, double value)
    {
        if (metric.Max is { } max)
        {
            double middle = ((metric.Min ?? 0) + max) / 2;
            return value < middle ? value + random.Between(30.0, 40.0) : value - random.Between(30.0, 40.0);
        }
        return random.Chance(0.5) || metric.Min is null ? value * random.Between(4.0, 6.0) : value * random.Between(0.15, 0.25);
    }

    // "[label: ]source S[ quoting X...] says ": returns the label, when the claim has one.
    private string? Begin(int number, Article article, IReadOnlyList<string> speakers)
    {
        _line.Clear();
        string? label = random.Chance(0.3)
            ? string.Concat(article.Source.Name.ToLowerInvariant(), "_", number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;
        if (label is not null) _line.Append(label).Append(": ");
        _line.Append("source ").Append(article.Source.Name);
        foreach (string speaker in speakers) _line.Append(" quoting ").Append(speaker);
        _line.Append(" says ");
        return label;
    }

    // " AMOUNT UNIT[/per] PERIOD[ qualifiers]"
    private void End(WrittenAmount amount, string unit, string? per, ClaimPeriod period, Article article, bool conflicting)
    {
        _line.Append(' ').Append(amount.Text).Append(' ').Append(unit);
        if (per == "yr") _line.Append(random.Chance(0.8) ? "/yr" : "/year");
        else if (per == "mo") _line.Append(random.Chance(0.7) ? "/mo" : "/month");
        _line.Append(' ').Append(period.Text());
        _qualifiers.Write(_line, article, conflicting);
    }

    private static string Attribution(Article article, IReadOnlyList<string> speakers) => speakers.Count > 0 ? speakers[^1] : article.Source.Name;
}
