using System.Globalization;
using System.Numerics;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// An exact fraction. Written numbers (36.5e9), tolerances (0.10) and durations (5 years,
/// 17/12 years, 400/365.2425 years) are all exact in it, so the arithmetic of a claim — a rate
/// times its duration — never drifts the way binary floating point does. Always normalised:
/// the denominator is positive and shares no factor with the numerator.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _denominator; // zero only in default(Rational), read as 1

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }
        Numerator = numerator;
        _denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public static Rational Zero => new(0, 1);

    public static Rational One => new(1, 1);

    public int Sign => Numerator.Sign;

    public static Rational FromInteger(BigInteger value) => new(value, 1);

    // Powers of ten up to 10^63, made once: every written number is scaled by one.
    private static readonly BigInteger[] PowersOfTen = Enumerable.Range(0, 64).Select(n => BigInteger.Pow(10, n)).ToArray();

    private static BigInteger TenTo(int exponent) => exponent < PowersOfTen.Length ? PowersOfTen[exponent] : BigInteger.Pow(10, exponent);

    /// <summary>significand × 10^exponent, exactly.</summary>
    public static Rational Scaled(BigInteger significand, int exponent) =>
        exponent >= 0 ? new(significand * TenTo(exponent), 1) : new(significand, TenTo(-exponent));

    public static Rational FromDecimal(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return Scaled(bits[3] < 0 ? -magnitude : magnitude, -scale);
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public double ToDouble() => (double)Numerator / (double)Denominator;

    /// <summary>
    /// The shortest scientific form that reads back exactly when the value has a finite decimal
    /// expansion (72.5e9, 36.5e9, 0.5); otherwise the value to 15 significant digits, marked
    /// with '≈'. Culture-invariant.
    /// </summary>
    public override string ToString()
    {
        if (Numerator.IsZero) return "0";
        if (!TryFiniteDecimal(out BigInteger significand, out int exponent))
            return "≈" + ToDouble().ToString("G15", CultureInfo.InvariantCulture);
        string digits = BigInteger.Abs(significand).ToString(CultureInfo.InvariantCulture);
        string sign = significand.Sign < 0 ? "-" : "";
        int pointExponent = exponent + digits.Length - 1; // the power of ten of the first digit
        if (pointExponent < 4) return sign + Plain(digits, exponent);
        // Engineering notation, as analysts write amounts: 36e9, 72.5e9, 750e6.
        int engineering = pointExponent / 3 * 3;
        return sign + Plain(digits, exponent - engineering) + "e" + engineering.ToString(CultureInfo.InvariantCulture);
    }

    // digits × 10^exponent written without an exponent: 3852, 3851.5, 0.05.
    private static string Plain(string digits, int exponent)
    {
        if (exponent >= 0) return digits + new string('0', exponent);
        int point = digits.Length + exponent;
        return point > 0
            ? digits[..point] + "." + digits[point..]
            : "0." + new string('0', -point) + digits;
    }

    // value = significand × 10^exponent, with no trailing zeros in the significand; false when
    // the denominator has a prime factor other than 2 and 5.
    private bool TryFiniteDecimal(out BigInteger significand, out int exponent)
    {
        BigInteger denominator = Denominator;
        int twos = 0, fives = 0;
        while (denominator.IsEven) { denominator /= 2; twos++; }
        while ((denominator % 5).IsZero) { denominator /= 5; fives++; }
        significand = default;
        exponent = 0;
        if (!denominator.IsOne) return false;
        int scale = Math.Max(twos, fives);
        significand = Numerator * BigInteger.Pow(2, scale - twos) * BigInteger.Pow(5, scale - fives);
        exponent = -scale;
        while (!significand.IsZero && (significand % 10).IsZero)
        {
            significand /= 10;
            exponent++;
        }
        return true;
    }
}
