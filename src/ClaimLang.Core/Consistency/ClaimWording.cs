using ClaimLang.Binding.Meaning;
using ClaimLang.Formatting;

namespace ClaimLang.Consistency;

/// <summary>How a conflict message shows a claim: its numbers as written (in canonical spacing), its period, and for a rate the arithmetic to its total.</summary>
internal static class ClaimWording
{
    /// <summary><c>15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total</c>, or <c>36e9 USD over 2011..2016</c>.</summary>
    public static string Describe(ClaimMeaning claim)
    {
        string written = $"{CanonicalText.Of(claim.Claim.Amount)} {CanonicalText.Of(claim.Claim.Unit)} over {claim.Period.Text}";
        return claim.IsRate ? $"{written} ({Years(claim.DurationYears)}) is {claim.Total} {claim.Unit} in total" : written;
    }

    public static string Says(ClaimMeaning claim) => $"{claim.Attribution} says {Describe(claim)}";

    /// <summary>A duration as a person reads it: <c>1 year</c>, <c>5 years</c>, <c>1.5 years</c>, <c>≈1.33 years</c>.</summary>
    public static string Years(Rational years) => years == Rational.One ? "1 year" : $"{years.ToRoundedString()} years";
}
