using System.Runtime.CompilerServices;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// A date as written, with its granularity: a year, a month or a day (docs/language.md, "Files and tokens"),
/// read as the days it covers, first to last inclusive. It keeps its token rather than a copy
/// of the text: the text is only wanted for a message.
/// </summary>
internal readonly record struct WrittenDate(DateOnly First, DateOnly Last, SyntaxToken Token)
{
    /// <summary>The date as written: <c>2018-02</c>.</summary>
    public string Text => Token.Text;

    /// <summary>Reads a date token or a four-digit year; null for anything the parser already reported.</summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WrittenDate? Read(SyntaxToken token)
    {
        if (token.IsMissing) return null;
        ReadOnlySpan<char> text = token.AsSpan();
        if (text.Length is not (4 or 7 or 10) || !Digits(text[..4], out int year) || year < 1) return null;
        if (text.Length == 4)
            return new WrittenDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), token);
        if (text[4] != '-' || !Digits(text.Slice(5, 2), out int month) || month is < 1 or > 12) return null;
        int days = DateTime.DaysInMonth(year, month);
        if (text.Length == 7)
            return new WrittenDate(new DateOnly(year, month, 1), new DateOnly(year, month, days), token);
        if (text[7] != '-' || !Digits(text.Slice(8, 2), out int day) || day < 1 || day > days) return null;
        var date = new DateOnly(year, month, day);
        return new WrittenDate(date, date, token);
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
