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

    public bool Equals(RepeatKey other) =>
        _hash == other._hash
        && string.Equals(_claim.Attribution, other._claim.Attribution, StringComparison.Ordinal)
        && _claim.Period.Start == other._claim.Period.Start && _claim.Period.End == other._claim.Period.End
        && _claim.RatePer == other._claim.RatePer && _claim.Amount == other._claim.Amount;

    public override bool Equals(object? obj) => obj is RepeatKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
