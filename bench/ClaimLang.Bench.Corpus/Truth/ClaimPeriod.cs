using System.Globalization;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>
/// A claim's period in whole months, counted from year 0 (month = year * 12 + month - 1), and
/// whether it is written with months (2018-06, 2018-01..2018-06) or years (2018, 2011..2016).
/// </summary>
public readonly record struct ClaimPeriod(int FirstMonth, int LastMonth, bool InMonths)
{
    public static ClaimPeriod Years(int first, int last) => new(first * 12, last * 12 + 11, InMonths: false);

    public static ClaimPeriod Months(int first, int last) => new(first, last, InMonths: true);

    public int MonthCount => LastMonth - FirstMonth + 1;

    public string Text()
    {
        string first = InMonths ? MonthText(FirstMonth) : Year(FirstMonth).ToString(CultureInfo.InvariantCulture);
        string last = InMonths ? MonthText(LastMonth) : Year(LastMonth).ToString(CultureInfo.InvariantCulture);
        return FirstMonth == (InMonths ? LastMonth : LastMonth - 11) ? first : string.Concat(first, "..", last);
    }

    /// <summary>The first day, yyyy-MM-dd.</summary>
    public string StartDate() => string.Create(CultureInfo.InvariantCulture, $"{MonthText(FirstMonth)}-01");

    /// <summary>The last day, yyyy-MM-dd.</summary>
    public string EndDate() =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthText(LastMonth)}-{DateTime.DaysInMonth(Year(LastMonth), LastMonth % 12 + 1):00}");

    public static int Year(int month) => month / 12;

    public static string MonthText(int month) => string.Create(CultureInfo.InvariantCulture, $"{month / 12}-{month % 12 + 1:00}");
}
