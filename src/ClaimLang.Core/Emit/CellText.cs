using System.Collections.Immutable;
using System.Globalization;

namespace ClaimLang.Emit;

/// <summary>
/// A value as text, the same on every machine and in every culture: numbers in their shortest
/// form that reads back to the same double, with '.'; dates as ISO 8601; lists joined with ';';
/// null as nothing.
/// </summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => Number(number),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        ImmutableArray<string> items => string.Join(';', items),
        _ => throw new ArgumentException($"A dataset cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// The shortest text that reads back to exactly <paramref name="number"/> ("R": 36000000000,
    /// 0.1, 1E+20). A total beyond the range of a double (a rate near the largest amount, over
    /// years) is INF or -INF, as Table Schema spells infinity; .NET's own word for it is not.
    /// </summary>
    internal static string Number(double number) =>
        double.IsInfinity(number) ? (number > 0 ? "INF" : "-INF") : number.ToString("R", CultureInfo.InvariantCulture);
}
