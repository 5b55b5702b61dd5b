using System.Globalization;

namespace ClaimLang.Parsing;

/// <summary>Checks the text of a number token: its form (docs/language.md, "Files and tokens") and that it is in range.</summary>
internal static class NumberLiteral
{
    /// <summary>
    /// The most digits a number may have, exponent included. Sources write a dozen or two; a
    /// number of a million digits would only make every later step that reads it slow.
    /// </summary>
    public const int MaxDigits = 100;

    /// <summary>Null when the number is fine, else why it is not (the CL0004 message).</summary>
    public static string? Check(ReadOnlySpan<char> text)
    {
        if (!IsWellFormed(text, out string? problem))
            return $"malformed number '{Clip(text)}': {problem}";
        int digitCount = 0;
        foreach (char c in text) if (char.IsAsciiDigit(c)) digitCount++;
        if (digitCount > MaxDigits)
            return $"the number '{Clip(text)}' has {digitCount} digits; a number may have at most {MaxDigits}";
        if (IsSurelyInRange(text)) return null;
        Span<char> digits = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text) if (c != '_') digits[n++] = c;
        if (!double.TryParse(digits[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            return $"the number '{Clip(text)}' is out of range: numbers must lie within ±1.7e308";
        return null;
    }

    // A well-formed number below 10^300 needs no parsing to be known finite: its digits before
    // the point plus its exponent bound its magnitude. Most numbers are like that, and parsing
    // each as a double was a tenth of the literal checks.
    private static bool IsSurelyInRange(ReadOnlySpan<char> text)
    {
        int integerDigits = 0, i = 0;
        for (; i < text.Length && text[i] is not ('.' or 'e' or 'E'); i++)
            if (char.IsAsciiDigit(text[i])) integerDigits++;
        int exponentAt = text.IndexOfAny('e', 'E');
        if (exponentAt < 0) return integerDigits <= 300;
        int exponent = 0, j = exponentAt + 1;
        bool negative = j < text.Length && text[j] == '-';
        for (; j < text.Length; j++)
        {
            if (!char.IsAsciiDigit(text[j])) continue;
            exponent = exponent * 10 + (text[j] - '0');
            if (exponent > 1000) return false;
        }
        return integerDigits + (negative ? -exponent : exponent) <= 300;
    }

    /// <summary>Whether the text is a plain year of four digits, as a period or <c>as of</c> accepts it.</summary>
    public static bool IsYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    private static bool IsWellFormed(ReadOnlySpan<char> text, out string? problem)
    {
        int i = 0;
        if (i < text.Length && text[i] == '-') i++;
        if (!Digits(text, ref i, out problem)) return false;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i, out problem)) return false;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (i == text.Length || !char.IsAsciiDigit(text[i]))
            {
                problem = "an exponent needs digits, as in 36e9";
                return false;
            }
            if (!Digits(text, ref i, out problem)) return false;
        }
        if (i != text.Length)
        {
            problem = "unexpected characters after the number";
            return false;
        }
        problem = null;
        return true;
    }

    // Digits with single underscores between them: 36_000_000.
    private static bool Digits(ReadOnlySpan<char> text, ref int i, out string? problem)
    {
        problem = "an underscore may only stand between two digits, as in 36_000_000";
        if (i == text.Length || !char.IsAsciiDigit(text[i])) return false;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i])) i++;
            else if (text[i] == '_' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) i++;
            else if (text[i] == '_') return false;
            else break;
        }
        problem = null;
        return true;
    }

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 24 ? text.ToString() : text[..21].ToString() + "...";
}
