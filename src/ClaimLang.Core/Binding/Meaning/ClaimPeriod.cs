using ClaimLang.Formatting;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// The days a claim is about, inclusive at the written granularity (`2011..2017` is 2011-01-01
/// through 2017-12-31), and its duration in years: months/12 when it runs from a month's first
/// day to a month's last, else days/365.2425 (docs/language.md, "Claims"). A value, made when
/// asked for: a claim's meaning keeps only the two day numbers.
/// </summary>
internal readonly record struct ClaimPeriod(DateOnly Start, DateOnly End, Syntax.ClaimSyntax Claim)
{
    /// <summary>The period as written, in canonical spacing: <c>2011..2015</c>, however it was spaced or split over lines.</summary>
    public string Text => CanonicalText.Of(Claim.Period);

    private static readonly Rational DaysPerYear = new(3652425, 10000);

    private static readonly Rational MonthsPerYear = new(12, 1);

    public bool IsMonthAligned => Start.Day == 1 && End.Day == DateTime.DaysInMonth(End.Year, End.Month);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public Rational DurationYears => IsMonthAligned
        ? new Rational((End.Year - Start.Year) * 12 + End.Month - Start.Month + 1, 12)
        : new Rational(Days, 1) / DaysPerYear;

    /// <summary>How many of a rate's time units the period holds: years, months (years × 12) or days (years × 365.2425).</summary>
    public Rational Count(RateUnit unit) => unit switch
    {
        RateUnit.Year => DurationYears,
        RateUnit.Month => DurationYears * MonthsPerYear,
        _ => DurationYears * DaysPerYear,
    };
}
