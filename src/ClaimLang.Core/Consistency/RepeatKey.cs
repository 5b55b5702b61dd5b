using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What makes two claims the same statement (CL4003): attribution, period, rate unit and
/// amount. Equality is exact; the hash reads the total's ends as doubles, which is cheaper
/// than hashing fractions and still equal for equal amounts.
/// </summary>
internal readonly struct RepeatKey : IEquatable<RepeatKey>
{
    private readonly ClaimMeaning _claim;
    private readonly int _hash;

    public RepeatKey(ClaimMeaning claim)
    {
        _claim = claim;
        _hash = HashCode.Combine(claim.Attribution, claim.StartDay, claim.EndDay, claim.RatePer, claim.TotalLow, claim.TotalHigh);
    }

    public bool Equals(RepeatKey other) => _hash == other._hash && Same(_claim, other._claim);

    /// <summary>Whether two claims (of one group) state the same thing; the cheap tests first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Same(ClaimMeaning a, ClaimMeaning b) =>
        a.StartDay == b.StartDay && a.EndDay == b.EndDay && a.RatePer == b.RatePer
        && string.Equals(a.Attribution, b.Attribution, StringComparison.Ordinal)
        && TotalComparison.SameTotal(a, b); // same period and rate unit: the same amount exactly when the same total

    public override bool Equals(object? obj) => obj is RepeatKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
