using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What makes two claims the same statement (CL4003): attribution, period, rate unit and
/// amount. Equality is exact; the hash reads the amount's ends as doubles, which is cheaper
/// than hashing fractions and still equal for equal amounts.
/// </summary>
internal readonly struct RepeatKey : IEquatable<RepeatKey>
{
    private readonly ClaimMeaning _claim;
    private readonly int _hash;

    public RepeatKey(ClaimMeaning claim)
    {
        _claim = claim;
        AmountInterval amount = claim.Amount;
        _hash = HashCode.Combine(claim.Attribution, claim.Period.Start, claim.Period.End, claim.RatePer,
            amount.Low?.ToDouble(), amount.High?.ToDouble());
    }

    public bool Equals(RepeatKey other) => _hash == other._hash && Same(_claim, other._claim);

    /// <summary>Whether two claims (of one group) state the same thing; the cheap tests first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Same(ClaimMeaning a, ClaimMeaning b) =>
        a.Period.Start == b.Period.Start && a.Period.End == b.Period.End && a.RatePer == b.RatePer
        && string.Equals(a.Attribution, b.Attribution, StringComparison.Ordinal)
        && SameEnd(a.Amount.Low, b.Amount.Low) && SameEnd(a.Amount.High, b.Amount.High);

    // The amount's equality, written out: the record's own goes through generic comparers that
    // a check's single pass runs unoptimised.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameEnd(Rational? a, Rational? b) =>
        a is { } x ? b is { } y && x.Numerator == y.Numerator && x.Denominator == y.Denominator : b is null;

    public override bool Equals(object? obj) => obj is RepeatKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
