using System.Numerics;
using ClaimLang.Binding.Meaning;
using CsCheck;

namespace ClaimLang.Core.Tests.Binding.Meaning;

/// <summary>
/// Rational keeps small values in longs and switches to BigInteger when they do not fit; either
/// way every result must be the exact fraction, in lowest terms, that plain BigInteger
/// arithmetic gives. The generators lean on the edges of the long range, where the switch happens.
/// </summary>
public sealed class RationalTests
{
    private static readonly BigInteger LongMax = long.MaxValue;
    private static readonly BigInteger LongMin = long.MinValue;

    private static readonly Gen<BigInteger> Edge = Pick(LongMax, LongMin, LongMax + 1, LongMin - 1, LongMax - 1, LongMin + 1,
        BigInteger.One << 62, BigInteger.One << 63, BigInteger.One << 64, BigInteger.One << 53, (BigInteger.One << 53) + 1, BigInteger.Pow(10, 18), BigInteger.Pow(10, 19));

    private static readonly Gen<BigInteger> Part = Gen.OneOf(
        Gen.Long[-1000, 1000].Select(v => (BigInteger)v),
        Gen.Long.Select(v => (BigInteger)v),
        Gen.Select(Gen.Long[-99, 99], Gen.Int[0, 20], (significand, exponent) => significand * BigInteger.Pow(10, exponent)),
        Gen.Select(Edge, Gen.Int[-3, 3], Gen.Bool, (edge, offset, negate) => negate ? -(edge + offset) : edge + offset),
        Gen.Select(Gen.Long, Gen.Long, (a, b) => (BigInteger)a * b));

    private static readonly Gen<(BigInteger Numerator, BigInteger Denominator)> Fraction =
        Gen.Select(Part, Part, (n, d) => (n, d.IsZero ? BigInteger.One : d));

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Rational Make((BigInteger Numerator, BigInteger Denominator) f) => new(f.Numerator, f.Denominator);

    // The reference: BigInteger arithmetic, reduced by the greatest common divisor.
    private static (BigInteger, BigInteger) Reduced(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return divisor.IsZero || divisor.IsOne ? (numerator, denominator) : (numerator / divisor, denominator / divisor);
    }

    private static void ShouldEqual(Rational actual, (BigInteger Numerator, BigInteger Denominator) expected)
    {
        (BigInteger n, BigInteger d) = Reduced(expected.Numerator, expected.Denominator);
        if (n.IsZero) d = BigInteger.One;
        (actual.Numerator, actual.Denominator).ShouldBe((n, d));
        actual.ShouldBe(new Rational(n, d));
        actual.GetHashCode().ShouldBe(new Rational(n, d).GetHashCode());
        actual.Sign.ShouldBe(n.Sign);
    }

    [Fact]
    public void Construction_normalises_like_BigInteger() =>
        Fraction.Sample(f => ShouldEqual(Make(f), f), iter: 20_000);

    [Fact]
    public void Sums_and_differences_are_exact() =>
        Gen.Select(Fraction, Fraction).Sample((a, b) =>
        {
            ShouldEqual(Make(a) + Make(b), (a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator));
            ShouldEqual(Make(a) - Make(b), (a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator));
            ShouldEqual(-Make(a), (-a.Numerator, a.Denominator));
        }, iter: 20_000);

    [Fact]
    public void Products_and_quotients_are_exact() =>
        Gen.Select(Fraction, Fraction).Sample((a, b) =>
        {
            ShouldEqual(Make(a) * Make(b), (a.Numerator * b.Numerator, a.Denominator * b.Denominator));
            if (!b.Numerator.IsZero)
                ShouldEqual(Make(a) / Make(b), (a.Numerator * b.Denominator, a.Denominator * b.Numerator));
        }, iter: 20_000);

    [Fact]
    public void Comparisons_agree_with_cross_multiplication() =>
        Gen.Select(Fraction, Fraction).Sample((a, b) =>
        {
            int expected = (a.Numerator * b.Denominator * a.Denominator.Sign * b.Denominator.Sign)
                .CompareTo(b.Numerator * a.Denominator * a.Denominator.Sign * b.Denominator.Sign);
            Math.Sign(Make(a).CompareTo(Make(b))).ShouldBe(expected);
            (Make(a) == Make(b)).ShouldBe(expected == 0);
            (Make(a) < Make(b)).ShouldBe(expected < 0);
        }, iter: 20_000);

    [Fact]
    public void Scaling_by_a_power_of_ten_is_exact() =>
        Gen.Select(Gen.OneOf(Gen.Long, Gen.Long[-100_000, 100_000], Pick(long.MaxValue, long.MinValue, long.MinValue + 1)), Gen.Int[-40, 40])
            .Sample((significand, exponent) =>
            {
                BigInteger power = BigInteger.Pow(10, Math.Abs(exponent));
                var expected = exponent >= 0 ? (significand * power, BigInteger.One) : ((BigInteger)significand, power);
                ShouldEqual(Rational.Scaled(significand, exponent), expected);
                ShouldEqual(Rational.Scaled((BigInteger)significand, exponent), expected);
            }, iter: 20_000);

    [Fact]
    public void The_default_value_is_zero()
    {
        default(Rational).ShouldBe(Rational.Zero);
        default(Rational).ShouldBe(new Rational(0, 7));
        (default(Rational) + Rational.One).ShouldBe(Rational.One);
        default(Rational).Denominator.ShouldBe(BigInteger.One);
        default(Rational).ToString().ShouldBe("0");
    }

    [Fact]
    public void A_zero_denominator_is_refused()
    {
        Should.Throw<DivideByZeroException>(() => new Rational(1, 0));
        Should.Throw<DivideByZeroException>(() => new Rational(BigInteger.One, BigInteger.Zero));
        Should.Throw<DivideByZeroException>(() => Rational.One / Rational.Zero);
    }

    [Fact]
    public void Doubles_round_like_the_BigInteger_quotient() =>
        Fraction.Sample(f => Make(f).ToDouble().ShouldBe((double)Reduced(f.Numerator, f.Denominator).Item1 / (double)Reduced(f.Numerator, f.Denominator).Item2), iter: 20_000);

    [Fact]
    public void A_double_said_to_be_exact_is_the_value() =>
        Gen.OneOf(Fraction, Gen.Select(Gen.Long[-(1L << 54), 1L << 54], Gen.Int[0, 60], (n, shift) => ((BigInteger)n, BigInteger.One << shift)))
            .Sample(f =>
            {
                Rational value = Make(f);
                bool exact = ExactValueOf(value.ToDouble()) is { } back && back == value;
                if (value.IsExactDouble) exact.ShouldBeTrue();
                // Every value of 53 bits over a power of two up to 2^53 is recognised.
                if (BigInteger.Abs(value.Numerator) <= BigInteger.One << 53 && value.Denominator.IsPowerOfTwo && value.Denominator <= BigInteger.One << 53)
                    value.IsExactDouble.ShouldBeTrue();
            }, iter: 20_000);

    [Fact]
    public void A_double_converts_to_its_exact_value() =>
        Gen.Double.Where(double.IsFinite).Sample(value => Rational.ExactlyOf(value).ShouldBe(ExactValueOf(value)!.Value, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), iter: 20_000);

    // The exact value of a finite double, as a fraction.
    private static Rational? ExactValueOf(double value)
    {
        if (!double.IsFinite(value)) return null;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger magnitude = mantissa;
        Rational result = exponent >= 0 ? new Rational(magnitude << exponent, BigInteger.One) : new Rational(magnitude, BigInteger.One << -exponent);
        return bits < 0 ? -result : result;
    }
}
