using System.Globalization;
using System.Text;

namespace ClaimLang.Bench.Corpus;

/// <summary>
/// Claim files that are one flow group (one subject, recipient, metric and unit) shaped to
/// make a consistency check work hard, for <c>bench/groups.sh</c> and the figures in
/// docs/performance.md. Each shape is deterministic for its seed.
/// <list type="bullet">
/// <item><c>conflicting</c>: random day periods over 22 years, 80% of the claims pushed a
/// thousandfold up or down from the true series, so most of them conflict with many others.</item>
/// <item><c>same-period</c>: every claim about the same year, 80% of them with amounts spread
/// so that almost every two of those disagree.</item>
/// <item><c>months</c>: every claim true, over spans of whole months across two centuries:
/// thousands of distinct boundaries and no conflict at all.</item>
/// <item><c>chain</c>: overlapping two-day windows, each stating one amount exactly, where
/// windows alternate so that every run of neighbours pins the next day: conflicts interlock
/// along the whole chain.</item>
/// <item><c>huge</c>: the <c>months</c> shape with one claim in a thousand a rate near the
/// largest number there is, per day over years: totals beyond the range of doubles, which the
/// searches in doubles cannot take as they are.</item>
/// </list>
/// </summary>
public static class GroupAttack
{
    public static readonly string[] Kinds = ["conflicting", "same-period", "months", "chain", "huge"];

    private const string Header = "source S1\nsource S2\nsource S3\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n";

    private const double PerDay = 1e6;

    /// <summary>The text of one claim file: the declarations, then <paramref name="claims"/> claims of the shape <paramref name="kind"/>.</summary>
    public static string Write(string kind, int claims, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(Header, claims * 64 + Header.Length);
        for (int i = 0; i < claims; i++)
        {
            (string amount, string period) = kind switch
            {
                "conflicting" => Conflicting(random),
                "same-period" => SamePeriod(random),
                "months" => Months(random),
                "chain" => Chain(i),
                "huge" => i % 1000 == 999 ? Huge(random) : Months(random),
                _ => throw new ArgumentException($"unknown kind '{kind}': one of {string.Join(", ", Kinds)}"),
            };
            text.Append(CultureInfo.InvariantCulture, $"source S{1 + random.Next(3)} says A -> B aid {amount} {period}\n");
        }
        return text.ToString();
    }

    private static readonly DateOnly First = new(2001, 1, 1);

    private static (string, string) Conflicting(Random random)
    {
        int span = new DateOnly(2022, 12, 31).DayNumber - First.DayNumber;
        int a = random.Next(span), b = random.Next(span);
        DateOnly start = First.AddDays(Math.Min(a, b)), end = First.AddDays(Math.Max(a, b));
        double factor = random.NextDouble() switch
        {
            < 0.4 => 1000,
            < 0.8 => 0.001,
            _ => 1,
        };
        double total = PerDay * (end.DayNumber - start.DayNumber + 1) * factor;
        return (Amount(total) + " USD", $"{start:yyyy-MM-dd}..{end:yyyy-MM-dd}");
    }

    // Amounts 1e6 apart at three significant digits: two conflicting claims never share a value.
    private static (string, string) SamePeriod(Random random)
    {
        double total = random.NextDouble() < 0.8 ? 1e9 * (1 + random.Next(1000)) : 365 * PerDay;
        return (Amount(total) + " USD", "2015");
    }

    private static (string, string) Months(Random random)
    {
        const int MonthsInAll = 200 * 12;
        int a = random.Next(MonthsInAll), length = 1 + random.Next(36);
        int startMonth = Math.Min(a, MonthsInAll - length);
        var start = new DateOnly(1900 + startMonth / 12, 1 + startMonth % 12, 1);
        DateOnly end = start.AddMonths(length).AddDays(-1);
        double total = PerDay * (end.DayNumber - start.DayNumber + 1);
        return (Amount(total) + " USD", length == 1 ? $"{start:yyyy-MM}" : $"{start:yyyy-MM}..{end:yyyy-MM}");
    }

    // Window i covers days i and i + 1: even windows say 10, odd ones 30, so day i + 1 holds 10
    // minus day i, then 30 minus that, ...: the amounts run away and soon turn negative.
    private static (string, string) Chain(int i)
    {
        DateOnly start = First.AddDays(i);
        return (i % 2 == 0 ? "10 USD" : "30 USD", $"{start:yyyy-MM-dd}..{start.AddDays(1):yyyy-MM-dd}");
    }

    private static (string, string) Huge(Random random)
    {
        int first = 1900 + random.Next(190);
        return ($"{1 + random.Next(17)}e307 USD/day", $"{first}..{first + 1 + random.Next(9)}");
    }

    private static string Amount(double total) => total.ToString("0.00e0", CultureInfo.InvariantCulture);
}
