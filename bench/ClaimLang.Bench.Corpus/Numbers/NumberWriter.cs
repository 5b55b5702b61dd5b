using System.Globalization;

namespace ClaimLang.Bench.Corpus.Numbers;

/// <summary>
/// Writes amounts the way analysts copy them from articles: a few significant digits, with an
/// exponent that is a multiple of three (750e6, 1.5e9) or a scale word (1.5 billion), or plain
/// digits for smaller numbers. Rounding goes through decimal and powers of ten come from a
/// table, so the text is the same on every machine and in every culture.
/// </summary>
public static class NumberWriter
{
    private static readonly double[] Ten = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private const int MaxDecimals = 10;

    /// <summary>Plain digits are used below this; above it they are hard to read, and analysts do not write them.</summary>
    public const double DigitsLimit = 1e7;

    /// <summary>Writes <paramref name="value"/> with <paramref name="significant"/> significant digits (more for plain digits: all of its integer part).</summary>
    public static WrittenNumber Write(double value, NumberStyle style, int significant)
    {
        if (style == NumberStyle.Digits && value >= DigitsLimit) style = NumberStyle.Exponent;
        return WriteAt(value, ScaleOf(value, style), style, significant);
    }

    /// <summary>
    /// Writes <paramref name="value"/> so that it lies well inside the interval the compiler reads
    /// the text as (within 0.4 of a unit of the last digit, adding digits until it does): a
    /// claim meant to agree with the truth never depends on floating-point luck at an edge.
    /// </summary>
    public static WrittenNumber WriteClose(double value, NumberStyle style, int significant)
    {
        for (; ; significant++)
        {
            WrittenNumber written = Write(value, style, significant);
            if (Math.Abs(written.Value - value) <= 0.8 * written.HalfUnit || significant >= 15) return written;
        }
    }

    /// <summary>The mantissa's digits only, at a given scale: the lower end of a range that shares the upper end's scale word ("14..15 billion").</summary>
    public static WrittenNumber WriteDigitsAt(double value, int scale, int significant) => WriteAt(value, scale, NumberStyle.Digits, significant);

    /// <summary>The power of ten (0, 3, ... 12) a number is written at.</summary>
    public static int ScaleOf(double value, NumberStyle style)
    {
        if (style == NumberStyle.Digits && value < DigitsLimit) return 0;
        int scale = 0;
        while (scale < 12 && Ten[scale + 3] <= value) scale += 3;
        return scale;
    }

    private static WrittenNumber WriteAt(double value, int scale, NumberStyle style, int significant)
    {
        double mantissa = value / Ten[scale];
        int decimals = Math.Min(significant - 1 - Magnitude(mantissa), MaxDecimals);
        // Fewer digits than the integer part has: the rest are written as zeros (~72000). They
        // still count as written digits, so such a number is exact to the unit: WriteClose
        // then adds digits until the value is the one written.
        decimal rounded = decimals >= 0
            ? Math.Round((decimal)mantissa, decimals, MidpointRounding.AwayFromZero)
            : Math.Round((decimal)mantissa / (decimal)Ten[-decimals], MidpointRounding.AwayFromZero) * (decimal)Ten[-decimals];
        string digits = rounded.ToString("0.##########", CultureInfo.InvariantCulture);
        int dot = digits.IndexOf('.');
        int written = dot < 0 ? 0 : digits.Length - dot - 1;
        double halfUnit = Ten[scale] / Ten[written] / 2;
        string text = scale == 0 || style == NumberStyle.Digits ? digits
            : style == NumberStyle.ScaleWord ? string.Concat(digits, " ", ScaleWord(scale))
            : string.Concat(digits, "e", scale.ToString(CultureInfo.InvariantCulture));
        return new WrittenNumber(text, (double)rounded * Ten[scale], halfUnit);
    }

    public static string ScaleWord(int scale) => scale switch
    {
        3 => "thousand",
        6 => "million",
        9 => "billion",
        12 => "trillion",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "no scale word"),
    };

    // The power of ten of the leading digit (floor of log10), by comparison: 0.45 -> -1, 36 -> 1.
    private static int Magnitude(double mantissa)
    {
        int magnitude = 0;
        while (magnitude < 15 && mantissa >= Ten[magnitude + 1]) magnitude++;
        if (mantissa >= 1) return magnitude;
        while (magnitude > -MaxDecimals && mantissa * Ten[-magnitude] < 1) magnitude--;
        return magnitude;
    }
}
