using System.Runtime.CompilerServices;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// Reads an amount into the interval it admits (docs/language.md, "Claims"): a value widened by its
/// rounding, a range from its lower end's rounding to its upper end's, a bound on one side
/// (strict bounds read as non-strict), or <c>~v</c> as v × (1 ± tolerance), which replaces
/// rounding. In a range, a scale word after the upper end also applies to a lower end without one.
/// </summary>
internal static class AmountReader
{
    /// <summary>
    /// The interval a claim's amount admits, null when a number cannot be read (the parser
    /// reported it); and whether the amount is a range whose lower end, as written, is above its
    /// upper end (CL2003): the range is read once for both.
    /// </summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static AmountInterval? Read(in ClaimAmountTokens amount, MeaningOptions options, out bool isEmptyRange)
    {
        isEmptyRange = false;
        switch (amount.Form)
        {
            case SyntaxKind.ValueAmount when Read(amount.First, amount.FirstScale, options) is { } v:
                return new AmountInterval(v.Value - v.HalfUnit, v.Value + v.HalfUnit);
            case SyntaxKind.RangeAmount:
                // The lower end inherits the upper end's scale word when it has none.
                if (Read(amount.First, amount.FirstScale ?? amount.SecondScale, options) is not { } a
                    || Read(amount.Second!.Value, amount.SecondScale, options) is not { } b) return null;
                isEmptyRange = a.Value > b.Value;
                return new AmountInterval(a.Value - a.HalfUnit, b.Value + b.HalfUnit);
            case SyntaxKind.BoundAmount when Read(amount.First, amount.FirstScale, options) is { } v:
                return amount.Prefix!.Value.Kind is SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken
                    ? new AmountInterval(v.Value - v.HalfUnit, null)
                    : new AmountInterval(null, v.Value + v.HalfUnit);
            case SyntaxKind.ApproximateAmount when WrittenNumber.Read(amount.First, amount.FirstScale) is { } v:
                Rational a1 = v.Value * (Rational.One - options.ApproximateTolerance);
                Rational a2 = v.Value * (Rational.One + options.ApproximateTolerance);
                return new AmountInterval(Rational.Min(a1, a2), Rational.Max(a1, a2));
            default:
                return null;
        }
    }

    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WrittenNumber? Read(SyntaxToken number, SyntaxToken? scale, MeaningOptions options)
    {
        WrittenNumber? written = WrittenNumber.Read(number, scale);
        return written is { } w && !options.RoundingTolerance ? w with { HalfUnit = Rational.Zero } : written;
    }
}
