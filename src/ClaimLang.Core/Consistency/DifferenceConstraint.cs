using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// S(To) − S(From) ≤ Bound, between prefix sums at two period boundaries; from a claim
/// (<see cref="Claim"/> is its index in the group) or, with no claim, from non-negativity.
/// </summary>
internal readonly record struct DifferenceConstraint(int From, int To, Rational Bound, int Claim);
