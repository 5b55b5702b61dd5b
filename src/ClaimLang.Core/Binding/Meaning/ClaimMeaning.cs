using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// What a claim says, normalised (LANGUAGE.md section 7.2): who it is attributed to, about
/// what, how much after rounding and approximation, over which days, and the total over the
/// whole period (a rate multiplied out).
/// </summary>
public sealed record ClaimMeaning(
    ClaimSyntax Claim,
    string Attribution,
    string From,
    string? To,
    string Metric,
    string Unit,
    RateUnit? RatePer,
    AmountInterval Amount,
    ClaimPeriod Period,
    AmountInterval Total,
    WrittenDate? AsOf,
    string? Status)
{
    public Rational DurationYears => Period.DurationYears;

    public bool IsRate => RatePer is not null;

    /// <summary>Retracted and disputed claims stay in the dataset but take no part in consistency checks.</summary>
    public bool TakesPartInChecks => Status is null;
}
