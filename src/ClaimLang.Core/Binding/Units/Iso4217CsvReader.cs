using System.Collections.Immutable;
using System.Globalization;

namespace ClaimLang.Binding.Units;

/// <summary>
/// Reads iso4217.csv: <c>#</c> comment lines, the header <see cref="Header"/>, then one currency per
/// line. The format is checked strictly because the file is edited by hand when ISO amends the list:
/// a slip should fail the build's tests with a line number, not silently drop or mangle a currency.
/// </summary>
internal static class Iso4217CsvReader
{
    public const string Header = "code,numeric,minor_units,name";

    // The list's own spelling for "no minor unit" (precious metals, SDR, the test and no-currency codes).
    private const string NotApplicable = "N.A.";

    public static ImmutableArray<Iso4217Currency> Read(TextReader reader)
    {
        var currencies = ImmutableArray.CreateBuilder<Iso4217Currency>();
        var headerSeen = false;
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                if (line != Header) throw Malformed(lineNumber, $"expected the header '{Header}', found '{line}'");
                headerSeen = true;
                continue;
            }
            currencies.Add(ReadRow(line, lineNumber));
        }
        if (!headerSeen) throw Malformed(lineNumber, $"no header '{Header}'");
        return currencies.ToImmutable();
    }

    private static Iso4217Currency ReadRow(string line, int lineNumber)
    {
        // The name is the last column and may itself contain commas, so it takes the rest of the line.
        var columns = line.Split(',', 4);
        if (columns.Length != 4) throw Malformed(lineNumber, $"expected 4 columns, found {columns.Length}");
        var (code, numeric, minorUnits, name) = (columns[0], columns[1], columns[2], columns[3]);

        if (!IsThreeOf(code, c => c is >= 'A' and <= 'Z'))
            throw Malformed(lineNumber, $"code '{code}' is not three uppercase letters");
        if (!IsThreeOf(numeric, char.IsAsciiDigit))
            throw Malformed(lineNumber, $"numeric code '{numeric}' of {code} is not three digits");
        if (name.Trim().Length == 0 || name != name.Trim())
            throw Malformed(lineNumber, $"name of {code} is empty or has surrounding spaces");

        return new Iso4217Currency(code, int.Parse(numeric, NumberStyles.None, CultureInfo.InvariantCulture),
            ReadMinorUnits(minorUnits, code, lineNumber), name);
    }

    private static int? ReadMinorUnits(string text, string code, int lineNumber)
    {
        if (text == NotApplicable) return null;
        if (text.Length == 1 && char.IsAsciiDigit(text[0])) return text[0] - '0';
        throw Malformed(lineNumber, $"minor units '{text}' of {code} is neither a digit nor {NotApplicable}");
    }

    private static bool IsThreeOf(string text, Func<char, bool> isAllowed) => text.Length == 3 && text.All(isAllowed);

    private static InvalidDataException Malformed(int lineNumber, string problem) =>
        new($"iso4217.csv line {lineNumber}: {problem}");
}
