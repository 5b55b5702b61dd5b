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
/// the period is two dates (its syntax is the claim's), and what only messages need (the
/// <c>as of</c> date) is read back from the claim when asked for.
/// </remarks>
public sealed record ClaimMeaning
{
    private readonly DateOnly _start;
    private readonly DateOnly _end;
    private readonly RateUnit _ratePer;
    private readonly bool _isRate;

    internal ClaimMeaning(ClaimSyntax claim, string attribution, string from, string? to, string metric, string unit,
        RateUnit? ratePer, AmountInterval amount, ClaimPeriod period, AmountInterval total, string? status)
    {
        Claim = claim;
        Attribution = attribution;
        From = from;
        To = to;
        Metric = metric;
        Unit = unit;
        _ratePer = ratePer.GetValueOrDefault();
        _isRate = ratePer.HasValue;
        Amount = amount;
        _start = period.Start;
        _end = period.End;
        Total = total;
        Status = status;
    }

    public ClaimSyntax Claim { get; }

    public string Attribution { get; }

    public string From { get; }

    public string? To { get; }

    public string Metric { get; }

    public string Unit { get; }

    public RateUnit? RatePer => _isRate ? _ratePer : null;

    public AmountInterval Amount { get; }

    public ClaimPeriod Period => new(_start, _end, Claim.Period);

    public AmountInterval Total { get; }

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

    public string? Status { get; }

    public Rational DurationYears => Period.DurationYears;

    public bool IsRate => _isRate;

    /// <summary>Retracted and disputed claims stay in the dataset but take no part in consistency checks.</summary>
    public bool TakesPartInChecks => Status is null;
}
