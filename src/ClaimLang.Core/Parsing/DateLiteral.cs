namespace ClaimLang.Parsing;

/// <summary>Checks that a date token (YYYY-MM or YYYY-MM-DD) names a real calendar month or day.</summary>
internal static class DateLiteral
{
    /// <summary>Null when the date is a calendar date, else why not (for the CL0005 message).</summary>
    public static string? Check(ReadOnlySpan<char> text)
    {
        int year = Number(text[..4]);
        int month = Number(text.Slice(5, 2));
        if (year < 1) return "years run from 0001 to 9999";
        if (month is < 1 or > 12) return $"there is no month {month:00}; months run from 01 to 12";
        if (text.Length == 10)
        {
            int day = Number(text.Slice(8, 2));
            int days = DateTime.DaysInMonth(year, month);
            if (day < 1 || day > days)
                return $"{text[..7].ToString()} has {days} days";
        }
        return null;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits) value = value * 10 + (c - '0');
        return value;
    }
}
