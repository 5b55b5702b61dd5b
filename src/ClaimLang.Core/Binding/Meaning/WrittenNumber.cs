using System.Runtime.CompilerServices;
using System.Numerics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// A number as written, read exactly: its value, and the half unit of its last written digit,
/// which is how far the source may have rounded it (docs/language.md, "Claims": `36e9` stands for
/// 35.5e9..36.5e9, `36.5e9` for 36.45e9..36.55e9, `36_000_000_000` is exact to the unit).
/// </summary>
internal readonly record struct WrittenNumber(Rational Value, Rational HalfUnit)
{
    /// <summary>Reads a number token with an optional scale word; null for a token the parser already reported as malformed.</summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WrittenNumber? Read(SyntaxToken number, SyntaxToken? scaleWord)
    {
        if (number.IsMissing) return null;
        ReadOnlySpan<char> text = number.AsSpan();
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative) i++;
        // Digits gather in a ulong while they fit (nearly always) and in a BigInteger beyond.
        ulong small = 0;
        BigInteger? large = null;
        int fractionDigits = 0;
        bool inFraction = false, anyDigit = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                uint digit = (uint)(c - '0');
                if (large is null && small < 1_000_000_000_000_000_000UL) small = small * 10 + digit;
                else large = (large ?? small) * 10 + digit;
                anyDigit = true;
                if (inFraction) fractionDigits++;
            }
            else if (c == '_') continue;
            else if (c == '.' && !inFraction) inFraction = true;
            else break;
        }
        int exponent = 0;
        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E') || !TryReadExponent(text[(i + 1)..], out exponent)) return null;
        }
        if (!anyDigit || Math.Abs((long)exponent) > 400) return null;
        int scale = scaleWord is { IsMissing: false } word ? SyntaxFacts.GetScaleExponent(word.Kind) : 0;
        int lastDigit = exponent - fractionDigits + scale;
        Rational value = large is null && small <= long.MaxValue
            ? Rational.Scaled(negative ? -(long)small : (long)small, lastDigit)
            : Rational.Scaled(negative ? -(large ?? small) : large ?? small, lastDigit);
        return new WrittenNumber(value, Rational.Scaled(5, lastDigit - 1));
    }

    // The exponent after 'e': an optional sign and digits, with '_' anywhere ignored (as
    // int.Parse reads the text once the underscores are removed); false when it does not fit an int.
    private static bool TryReadExponent(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
        bool negative = false, signAllowed = true, anyDigit = false;
        long magnitude = 0;
        foreach (char c in text)
        {
            if (c == '_') continue;
            if (signAllowed && c is '-' or '+')
            {
                negative = c == '-';
                signAllowed = false;
                continue;
            }
            signAllowed = false;
            if (!char.IsAsciiDigit(c)) return false;
            magnitude = magnitude * 10 + (c - '0');
            if (magnitude > (long)int.MaxValue + 1) return false;
            anyDigit = true;
        }
        long signed = negative ? -magnitude : magnitude;
        if (!anyDigit || signed > int.MaxValue) return false;
        exponent = (int)signed;
        return true;
    }
}
