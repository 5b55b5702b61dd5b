using System.Numerics;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// The numerator and denominator of a <see cref="Rational"/> whose normalised form does not fit
/// in two <c>long</c>s. Rare (written numbers and their sums nearly always fit), so it lives on
/// the heap and keeps <see cref="Rational"/> itself small.
/// </summary>
internal sealed class LargeFraction(BigInteger numerator, BigInteger denominator)
{
    public BigInteger Numerator { get; } = numerator;

    /// <summary>Always positive and coprime with the numerator.</summary>
    public BigInteger Denominator { get; } = denominator;
}
