using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// What a claim says, normalised (DEVELOPERS.md, Architecture): who it is attributed to, about
/// what, how much after rounding and approximation, over which days, and the total over the
/// whole period (a rate multiplied out).
/// </summary>
/// <remarks>
/// Every checked claim's meaning stays in memory until the consistency checks are done, so it
/// holds little of its own: the names are the declared symbols' strings (shared, not copied),
/// the metric, unit and reading options one object shared by a file's claims, the period is
/// two day numbers, and the total's ends are doubles, each with whether it is
/// exact — what the consistency checks compare. The exact amount and total (fractions) are
/// read back from the claim when asked for: only messages, ties between doubles and the exact
/// confirmation of a conflict need them.
/// </remarks>
internal sealed record ClaimMeaning
{
    private readonly ClaimMeasure _measure;
    private readonly int _startDay;
    // The last day's number (below 2^22 for every date) in the low bits and the MeaningFlags
    // above them: a separate flags field would round the object up by a word.
    private readonly int _endDayAndFlags;
    private readonly double _totalLow;
    private readonly double _totalHigh;

    private const int FlagsShift = 24;
    private const int DayMask = (1 << FlagsShift) - 1;

    internal ClaimMeaning(ClaimSyntax claim, string attribution, string from, string? to, ClaimMeasure measure,
        RateUnit? ratePer, ClaimPeriod period, AmountInterval total, bool hasStatus)
    {
        Claim = claim;
        Attribution = attribution;
        From = from;
        To = to;
        _measure = measure;
        _startDay = period.Start.DayNumber;
        _endDayAndFlags = period.End.DayNumber | (int)MeaningFlagsOf(ratePer, hasStatus, total) << FlagsShift;
        // NaN marks an open end, as the flow constraint graph reads it.
        _totalLow = total.Low is { } low ? low.ToDouble() : double.NaN;
        _totalHigh = total.High is { } high ? high.ToDouble() : double.NaN;
    }

    public ClaimSyntax Claim { get; private init; }

    /// <summary>The same meaning, of <paramref name="claim"/>: the same claim as written, in a later version of its file.</summary>
    internal ClaimMeaning WithClaim(ClaimSyntax claim) => this with { Claim = claim };

    public string Attribution { get; }

    public string From { get; }

    public string? To { get; }

    public string Metric => _measure.Metric;

    public string Unit => _measure.Unit;

    public RateUnit? RatePer => IsRate ? (RateUnit)((int)(Flags & MeaningFlags.RateUnitMask) >> 1) : null;

    /// <summary>The amount as written, read again from the claim (it read without error when the meaning was made).</summary>
    public AmountInterval Amount => AmountReader.Read(Claim.AmountTokens, _measure.Options, out _) ?? throw new InvalidOperationException("A claim's amount no longer reads.");

    public ClaimPeriod Period => new(DateOnly.FromDayNumber(_startDay), DateOnly.FromDayNumber(EndDay), Claim);

    /// <summary>The total over the period, exactly: the amount, times the period's count of time units for a rate.</summary>
    public AmountInterval Total => RatePer is { } per ? Amount.Times(Period.Count(per)) : Amount;

    public Rational DurationYears => Period.DurationYears;

    public bool IsRate => (Flags & MeaningFlags.IsRate) != 0;

    /// <summary>Retracted and disputed claims stay in the dataset but take no part in consistency checks.</summary>
    public bool TakesPartInChecks => (Flags & MeaningFlags.HasStatus) == 0;

    /// <summary>The first day of the period, as a day number.</summary>
    internal int StartDay => _startDay;

    /// <summary>The last day of the period, as a day number.</summary>
    internal int EndDay => _endDayAndFlags & DayMask;

    /// <summary>The total's lower end as a double (the nearest one), NaN when open.</summary>
    internal double TotalLow => _totalLow;

    /// <summary>The total's upper end as a double (the nearest one), NaN when open.</summary>
    internal double TotalHigh => _totalHigh;

    /// <summary>Whether <see cref="TotalLow"/> is the exact lower end (or the end is open).</summary>
    internal bool TotalLowIsExact => (Flags & MeaningFlags.LowIsExact) != 0;

    /// <summary>Whether <see cref="TotalHigh"/> is the exact upper end (or the end is open).</summary>
    internal bool TotalHighIsExact => (Flags & MeaningFlags.HighIsExact) != 0;

    private MeaningFlags Flags => (MeaningFlags)(_endDayAndFlags >>> FlagsShift);

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
