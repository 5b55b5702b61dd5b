using System.Runtime.CompilerServices;
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
    // Two forms, one value each (so equality can compare fields): when the normalised
    // numerator and denominator fit in a long (every written number and nearly every sum of
    // them), they are kept inline and the arithmetic runs in 128-bit integers; otherwise
    // _large holds them as BigIntegers. A small numerator is never long.MinValue, so it can
    // always be negated.
    private readonly long _numerator;
    private readonly long _denominator; // zero only in default(Rational), read as 1
    private readonly LargeFraction? _large;

    private Rational(long numerator, long denominator, LargeFraction? large)
    {
        _numerator = numerator;
        _denominator = denominator;
        _large = large;
    }

    internal Rational(BigInteger numerator, BigInteger denominator) => this = Normalise(numerator, denominator);

    internal Rational(long numerator, long denominator)
    {
        if (denominator == 0) throw new DivideByZeroException();
        this = Normalise((Int128)numerator, denominator);
    }

    /// <summary>The value of a finite double, exactly (every double is a fraction over a power of two).</summary>
    internal static Rational ExactlyOf(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "Only a finite double has a value.");
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) exponent = 1; // subnormal: no implicit leading bit
        else mantissa |= 1L << 52;
        exponent -= 1075; // value = mantissa × 2^exponent
        if (bits < 0) mantissa = -mantissa;
        if (exponent is <= 0 and > -63) return new Rational(mantissa, 1L << -exponent);
        return exponent > 0 ? new Rational(new BigInteger(mantissa) << exponent, BigInteger.One) : new Rational(mantissa, BigInteger.One << -exponent);
    }

    internal BigInteger Numerator => _large?.Numerator ?? _numerator;

    internal BigInteger Denominator => _large?.Denominator ?? SmallDenominator;

    private long SmallDenominator => _denominator == 0 ? 1 : _denominator;

    internal static Rational Zero => default;

    internal static Rational One => new(1, 1, null);

    internal int Sign => _large?.Numerator.Sign ?? Math.Sign(_numerator);

    // Powers of ten that fit in a long: 10^0 to 10^18.
    private static readonly long[] SmallPowersOfTen = MakeSmallPowersOfTen();

    // Powers of ten up to 10^63, made once: every written number is scaled by one.
    private static readonly BigInteger[] PowersOfTen = Enumerable.Range(0, 64).Select(n => BigInteger.Pow(10, n)).ToArray();

    private static long[] MakeSmallPowersOfTen()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    private static BigInteger TenTo(int exponent) => exponent < PowersOfTen.Length ? PowersOfTen[exponent] : BigInteger.Pow(10, exponent);

    /// <summary>significand × 10^exponent, exactly.</summary>
    internal static Rational Scaled(BigInteger significand, int exponent) =>
        exponent >= 0 ? Normalise(significand * TenTo(exponent), BigInteger.One) : Normalise(significand, TenTo(-exponent));

    /// <summary>significand × 10^exponent, exactly, without BigInteger arithmetic when the result fits.</summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Rational Scaled(long significand, int exponent)
    {
        if (exponent >= 0)
        {
            if (exponent < SmallPowersOfTen.Length) return Normalise((Int128)significand * SmallPowersOfTen[exponent], 1);
        }
        else if (-exponent < SmallPowersOfTen.Length)
        {
            return Normalise(significand, SmallPowersOfTen[-exponent]);
        }
        return Scaled((BigInteger)significand, exponent);
    }

    internal static Rational FromDecimal(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return Scaled(bits[3] < 0 ? -magnitude : magnitude, -scale);
    }

    // Per-claim arithmetic, compiled optimised on first call: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Rational operator +(Rational a, Rational b)
    {
        if (a._large is not null || b._large is not null)
            return Normalise(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
        long ad = a.SmallDenominator, bd = b.SmallDenominator;
        if (ad == bd) return Normalise((Int128)a._numerator + b._numerator, ad);
        // Each product is below 2^126, so the sum cannot overflow 128 bits.
        return Normalise((Int128)a._numerator * bd + (Int128)b._numerator * ad, (Int128)ad * bd);
    }

    public static Rational operator -(Rational a, Rational b) => a + -b;

    public static Rational operator -(Rational a) =>
        a._large is { } large ? new Rational(0, 0, new LargeFraction(-large.Numerator, large.Denominator)) : new Rational(-a._numerator, a._denominator, null);

    // Per-claim arithmetic, compiled optimised on first call: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Rational operator *(Rational a, Rational b)
    {
        if (a._large is not null || b._large is not null)
            return Normalise(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
        long ad = a.SmallDenominator, bd = b.SmallDenominator;
        // Cancelling across first keeps the products small and the result already normalised.
        long g1 = Gcd(a._numerator, bd), g2 = Gcd(b._numerator, ad);
        Int128 numerator = (Int128)(a._numerator / g1) * (b._numerator / g2);
        Int128 denominator = (Int128)(ad / g2) * (bd / g1);
        return FromNormalised(numerator, denominator);
    }

    public static Rational operator /(Rational a, Rational b) => a * b.Reciprocal();

    private Rational Reciprocal()
    {
        if (_large is { } large) return Normalise(large.Denominator, large.Numerator);
        if (_numerator == 0) throw new DivideByZeroException();
        return _numerator > 0 ? new Rational(SmallDenominator, _numerator, null) : new Rational(-SmallDenominator, -_numerator, null);
    }

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    internal static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    internal static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    // Per-claim arithmetic, compiled optimised on first call: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CompareTo(Rational other)
    {
        if (_large is not null || other._large is not null)
            return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
        long d = SmallDenominator, otherD = other.SmallDenominator;
        if (d == otherD) return _numerator.CompareTo(other._numerator);
        return ((Int128)_numerator * otherD).CompareTo((Int128)other._numerator * d);
    }

    public bool Equals(Rational other)
    {
        if (_large is null && other._large is null)
            return _numerator == other._numerator && SmallDenominator == other.SmallDenominator;
        return _large is { } mine && other._large is { } theirs && mine.Numerator == theirs.Numerator && mine.Denominator == theirs.Denominator;
    }

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() =>
        _large is { } large ? HashCode.Combine(large.Numerator, large.Denominator) : HashCode.Combine(_numerator, SmallDenominator);

    // Both conversions are exact below 2^53, so the quotient rounds once, as the BigInteger one does.
    private const long ExactInDouble = 1L << 53;

    /// <summary>Whether <see cref="ToDouble"/> is this value exactly: a numerator within 2^53 over a power of two.</summary>
    internal bool IsExactDouble =>
        _large is null && Math.Abs(_numerator) <= ExactInDouble && System.Numerics.BitOperations.IsPow2(SmallDenominator) && SmallDenominator <= ExactInDouble;

    internal double ToDouble() =>
        _large is null && Math.Abs(_numerator) <= ExactInDouble && SmallDenominator <= ExactInDouble
            ? (double)_numerator / SmallDenominator
            : (double)Numerator / (double)Denominator;

    // numerator / denominator in lowest terms, in whichever form fits.
    private static Rational Normalise(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }
        if (numerator.IsZero) return Zero;
        if (numerator > long.MinValue && numerator <= long.MaxValue && denominator <= long.MaxValue)
            return new Rational((long)numerator, (long)denominator, null);
        return new Rational(0, 0, new LargeFraction(numerator, denominator));
    }

    // Per-claim arithmetic, compiled optimised on first call: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Rational Normalise(Int128 numerator, Int128 denominator)
    {
        if (denominator < 0) (numerator, denominator) = (-numerator, -denominator);
        if (numerator == 0) return Zero;
        if (long.MinValue < numerator && numerator <= long.MaxValue && denominator <= long.MaxValue)
        {
            long g = Gcd((long)numerator, (long)denominator);
            return new Rational((long)numerator / g, (long)denominator / g, null);
        }
        UInt128 divisor = Gcd(UInt128Magnitude(numerator), (UInt128)denominator);
        return FromNormalised(numerator / (Int128)divisor, denominator / (Int128)divisor);
    }

    // A numerator and a positive denominator that share no factor.
    private static Rational FromNormalised(Int128 numerator, Int128 denominator)
    {
        if (numerator == 0) return Zero;
        if (long.MinValue < numerator && numerator <= long.MaxValue && denominator <= long.MaxValue)
            return new Rational((long)numerator, (long)denominator, null);
        return new Rational(0, 0, new LargeFraction((BigInteger)numerator, (BigInteger)denominator));
    }

    private static UInt128 UInt128Magnitude(Int128 value) => value < 0 ? (UInt128)(-value) : (UInt128)value;

    // Binary GCD: shifts and subtractions only, no division. Gcd(0, b) is b.
    // Per-claim arithmetic, compiled optimised on first call: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Gcd(long a, long b)
    {
        ulong x = (ulong)Math.Abs(a), y = (ulong)Math.Abs(b);
        if (x == 0) return (long)y;
        if (y == 0) return (long)x;
        int shift = System.Numerics.BitOperations.TrailingZeroCount(x | y);
        x >>= System.Numerics.BitOperations.TrailingZeroCount(x);
        do
        {
            y >>= System.Numerics.BitOperations.TrailingZeroCount(y);
            if (x > y) (x, y) = (y, x);
            y -= x;
        } while (y != 0);
        return (long)(x << shift);
    }

    private static UInt128 Gcd(UInt128 x, UInt128 y)
    {
        if (x == 0) return y;
        if (y == 0) return x;
        int shift = (int)UInt128.TrailingZeroCount(x | y);
        x >>= (int)UInt128.TrailingZeroCount(x);
        do
        {
            y >>= (int)UInt128.TrailingZeroCount(y);
            if (x > y) (x, y) = (y, x);
            y -= x;
        } while (y != 0);
        return x << shift;
    }

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

    /// <summary>
    /// As <see cref="ToString()"/>, but a value without a finite decimal expansion is rounded to
    /// three significant digits (≈7.33e9, ≈1.33, ≈0.00274): what a reader takes in at a glance,
    /// where a message that compares two numbers needs them all.
    /// </summary>
    internal string ToRoundedString()
    {
        if (Numerator.IsZero || TryFiniteDecimal(out _, out _)) return ToString();
        double value = Math.Abs(ToDouble());
        if (double.IsInfinity(value)) return ToString();
        string scientific = value.ToString("E2", CultureInfo.InvariantCulture); // 7.33E+009
        long digits = (scientific[0] - '0') * 100 + (scientific[2] - '0') * 10 + (scientific[3] - '0');
        int exponent = int.Parse(scientific.AsSpan(5), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return "≈" + Scaled(Sign * digits, exponent - 2).ToString();
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
