using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// What a claim says, normalised (LANGUAGE.md section 7.2): who it is attributed to, about
/// what, how much after rounding and approximation, over which days, and the total over the
/// whole period (a rate multiplied out).
/// </summary>
/// <remarks>
/// Every checked claim's meaning stays in memory until the consistency checks are done, so it
/// holds little of its own: the names are the declared symbols' strings (shared, not copied),
/// the period is two day numbers, and the total's ends are doubles, each with whether it is
/// exact — what the consistency checks compare. The exact amount and total (fractions) are
/// read back from the claim when asked for, as are the status and the <c>as of</c> date: only
/// messages, ties between doubles and the exact confirmation of a conflict need them.
/// </remarks>
public sealed record ClaimMeaning
{
    private readonly MeaningOptions _options;
    private readonly int _startDay;
    private readonly int _endDay;
    private readonly double _totalLow;
    private readonly double _totalHigh;
    private readonly MeaningFlags _flags;

    internal ClaimMeaning(ClaimSyntax claim, string attribution, string from, string? to, string metric, string unit,
        RateUnit? ratePer, ClaimPeriod period, AmountInterval total, bool hasStatus, MeaningOptions options)
    {
        Claim = claim;
        Attribution = attribution;
        From = from;
        To = to;
        Metric = metric;
        Unit = unit;
        _options = options;
        _startDay = period.Start.DayNumber;
        _endDay = period.End.DayNumber;
        // NaN marks an open end, as the flow constraint graph reads it.
        _totalLow = total.Low is { } low ? low.ToDouble() : double.NaN;
        _totalHigh = total.High is { } high ? high.ToDouble() : double.NaN;
        _flags = MeaningFlagsOf(ratePer, hasStatus, total);
    }

    public ClaimSyntax Claim { get; }

    public string Attribution { get; }

    public string From { get; }

    public string? To { get; }

    public string Metric { get; }

    public string Unit { get; }

    public RateUnit? RatePer => IsRate ? (RateUnit)((int)(_flags & MeaningFlags.RateUnitMask) >> 1) : null;

    /// <summary>The amount as written, read again from the claim (it read without error when the meaning was made).</summary>
    public AmountInterval Amount => AmountReader.Read(Claim.Amount, _options) ?? throw new InvalidOperationException("A claim's amount no longer reads.");

    public ClaimPeriod Period => new(DateOnly.FromDayNumber(_startDay), DateOnly.FromDayNumber(_endDay), Claim.Period);

    /// <summary>The total over the period, exactly: the amount, times the period's count of time units for a rate.</summary>
    public AmountInterval Total => RatePer is { } per ? Amount.Times(Period.Count(per)) : Amount;

    /// <summary>The claim's first <c>as of</c> date, if it has a readable one.</summary>
    public WrittenDate? AsOf
    {
        get
        {
            foreach (QualifierSyntax qualifier in Claim.Qualifiers)
                if (qualifier is AsOfQualifierSyntax asOf) return WrittenDate.Read(asOf.Date);
            return null;
        }
    }

    /// <summary>The claim's first status (<c>retracted</c>, <c>disputed</c>), if it has one.</summary>
    public string? Status => (_flags & MeaningFlags.HasStatus) == 0 ? null : MeaningBinder.StatusOf(Claim);

    public Rational DurationYears => Period.DurationYears;

    public bool IsRate => (_flags & MeaningFlags.IsRate) != 0;

    /// <summary>Retracted and disputed claims stay in the dataset but take no part in consistency checks.</summary>
    public bool TakesPartInChecks => (_flags & MeaningFlags.HasStatus) == 0;

    /// <summary>The first day of the period, as a day number.</summary>
    internal int StartDay => _startDay;

    /// <summary>The last day of the period, as a day number.</summary>
    internal int EndDay => _endDay;

    /// <summary>The total's lower end as a double (the nearest one), NaN when open.</summary>
    internal double TotalLow => _totalLow;

    /// <summary>The total's upper end as a double (the nearest one), NaN when open.</summary>
    internal double TotalHigh => _totalHigh;

    /// <summary>Whether <see cref="TotalLow"/> is the exact lower end (or the end is open).</summary>
    internal bool TotalLowIsExact => (_flags & MeaningFlags.LowIsExact) != 0;

    /// <summary>Whether <see cref="TotalHigh"/> is the exact upper end (or the end is open).</summary>
    internal bool TotalHighIsExact => (_flags & MeaningFlags.HighIsExact) != 0;

    private static MeaningFlags MeaningFlagsOf(RateUnit? ratePer, bool hasStatus, AmountInterval total)
    {
        MeaningFlags flags = 0;
        if (ratePer is { } per) flags |= MeaningFlags.IsRate | (MeaningFlags)((int)per << 1);
        if (hasStatus) flags |= MeaningFlags.HasStatus;
        if (total.Low is not { } low || low.IsExactDouble) flags |= MeaningFlags.LowIsExact;
        if (total.High is not { } high || high.IsExactDouble) flags |= MeaningFlags.HighIsExact;
        return flags;
    }
}
