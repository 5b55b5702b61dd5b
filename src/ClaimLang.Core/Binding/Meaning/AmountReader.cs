using System.Runtime.CompilerServices;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// Reads an amount into the interval it admits (LANGUAGE.md section 4): a value widened by its
/// rounding, a range from its lower end's rounding to its upper end's, a bound on one side
/// (strict bounds read as non-strict), or <c>~v</c> as v × (1 ± tolerance), which replaces
/// rounding. In a range, a scale word after the upper end also applies to a lower end without one.
/// </summary>
public static class AmountReader
{
    /// <summary>Null when a number cannot be read (the parser reported it).</summary>
    public static AmountInterval? Read(AmountSyntax amount, MeaningOptions options) => Read(amount, options, out _);

    /// <summary>
    /// The same, and whether the amount is a range whose lower end, as written, is above its
    /// upper end (CL2003): the range is read once for both.
    /// </summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AmountInterval? Read(AmountSyntax amount, MeaningOptions options, out bool isEmptyRange)
    {
        isEmptyRange = false;
        switch (amount)
        {
            case ValueAmountSyntax value when Read(value.Value, null, options) is { } v:
                return new AmountInterval(v.Value - v.HalfUnit, v.Value + v.HalfUnit);
            case RangeAmountSyntax range:
                var (low, high) = ReadRange(range, options);
                if (low is not { } a || high is not { } b) return null;
                isEmptyRange = a.Value > b.Value;
                return new AmountInterval(a.Value - a.HalfUnit, b.Value + b.HalfUnit);
            case BoundAmountSyntax bound when Read(bound.Value, null, options) is { } v:
                return bound.IsLowerBound
                    ? new AmountInterval(v.Value - v.HalfUnit, null)
                    : new AmountInterval(null, v.Value + v.HalfUnit);
            case ApproximateAmountSyntax approximate when WrittenNumber.Read(approximate.Value.NumberToken, approximate.Value.ScaleWord) is { } v:
                Rational a1 = v.Value * (Rational.One - options.ApproximateTolerance);
                Rational a2 = v.Value * (Rational.One + options.ApproximateTolerance);
                return new AmountInterval(Rational.Min(a1, a2), Rational.Max(a1, a2));
            default:
                return null;
        }
    }

    /// <summary>The two ends of a range as written (the lower end inheriting the upper end's scale word when it has none).</summary>
    private static (WrittenNumber? Low, WrittenNumber? High) ReadRange(RangeAmountSyntax range, MeaningOptions options) =>
        (Read(range.Low, range.High.ScaleWord, options), Read(range.High, null, options));

    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WrittenNumber? Read(NumberSyntax number, SyntaxToken? inheritedScale, MeaningOptions options)
    {
        WrittenNumber? written = WrittenNumber.Read(number.NumberToken, number.ScaleWord ?? inheritedScale);
        return written is { } w && !options.RoundingTolerance ? w with { HalfUnit = Rational.Zero } : written;
    }
}
