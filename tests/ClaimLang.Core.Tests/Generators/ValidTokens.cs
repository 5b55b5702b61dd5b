using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>The valid spellings of names, numbers, dates, strings and trivia (docs/language.md, "Files and tokens").</summary>
internal static class ValidTokens
{
    private static readonly string[] KnownNames =
        ["Iran", "Syria", "BBC_Persian", "de_Mistura", "Hezbollah", "aid", "_private", "x1", "Ünïcödé", "Сирия", "日本", "naïve", "a_b_c"];

    private const string NameStart = "abcxyzABCXYZ_éÜЖ";
    private const string NamePart = "abcxyzABC019_éÜ";

    /// <summary>An identifier that is not a keyword.</summary>
    public static readonly Gen<string> Name = Gen.Frequency(
            (3, Gen.OneOf(KnownNames)),
            (2, Gen.Select(Gen.Char[NameStart], Gen.Char[NamePart].Array[0, 8], (first, rest) => first + new string(rest))))
        .Where(name => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None);

    private static readonly Gen<string> Digits = Gen.Char["0123456789"].Array[1, 4].Select(chars => new string(chars));

    // 36, 36_000_000: groups joined by single underscores.
    private static readonly Gen<string> IntegerPart = Gen.Frequency(
        (4, Digits),
        (1, Gen.Select(Digits, Gen.Char["0123456789"].Array[3].Select(c => new string(c)).Array[1, 3],
            (head, groups) => head + "_" + string.Join("_", groups))));

    private static readonly Gen<string> Fraction = Gen.Frequency((3, Gen.Const("")), (1, Digits.Select(d => "." + d)));

    // Small exponents only: every generated number must stay within the double range.
    private static readonly Gen<string> Exponent = Gen.Frequency(
        (3, Gen.Const("")),
        (1, Gen.Select(Gen.OneOf("e", "E"), Gen.OneOf("", "+", "-"), Gen.Int[0, 30],
            (e, sign, power) => e + sign + power.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>A well-formed number: sign, digits with underscores, decimals, exponent.</summary>
    public static readonly Gen<string> Number = Gen.Select(Gen.Frequency((5, Gen.Const("")), (1, Gen.Const("-"))), IntegerPart, Fraction, Exponent,
        (sign, integer, fraction, exponent) => sign + integer + fraction + exponent);

    public static readonly Gen<string> ScaleWord = Gen.OneOf("thousand", "million", "billion", "trillion");

    private static readonly Gen<int> Year = Gen.Int[1000, 2999];

    private static string Pad(int value, int width) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>A calendar date at year, month or day granularity.</summary>
    public static readonly Gen<string> Date = Gen.Frequency(
        (2, Year.Select(y => Pad(y, 4))),
        (1, Gen.Select(Year, Gen.Int[1, 12], (y, m) => $"{Pad(y, 4)}-{Pad(m, 2)}")),
        (1, Gen.Select(Year, Gen.Int[1, 12], Gen.Int[1, 31],
            (y, m, d) => $"{Pad(y, 4)}-{Pad(m, 2)}-{Pad(Math.Min(d, DateTime.DaysInMonth(y, m)), 2)}")));

    /// <summary>A month or day, never a bare year: what an attribute value accepts as a date token.</summary>
    public static readonly Gen<string> MonthOrDay = Date.Where(date => date.Length > 4);

    private static readonly Gen<string> StringPart = Gen.Frequency(
        (6, Gen.Char["abc XYZ 019.:/-_,()'é日€"].Array[1, 6].Select(c => new string(c))),
        (1, Gen.OneOf("\\\"", "\\\\", "\\n", "\\t")));

    /// <summary>A terminated string on one line, with escapes.</summary>
    public static readonly Gen<string> String = StringPart.Array[0, 5].Select(parts => "\"" + string.Concat(parts) + "\"");

    /// <summary>Trivia between two tokens: never empty, and it begins and ends with whitespace so a '/' before it never starts a comment.</summary>
    public static readonly Gen<string> Separator = Gen.Frequency(
        (20, Gen.Const(" ")),
        (3, Gen.Const("  ")),
        (2, Gen.Const("\t")),
        (4, Gen.Const("\n")),
        (3, Gen.Const("\r\n")),
        (3, Gen.Const("\n    ")),
        (2, Gen.Const("\r\n\t")),
        (2, Gen.Const(" /* a comment */ ")),
        (1, Gen.Const(" /* two\n   lines */ ")),
        (2, Gen.Const(" // to the end of the line\n")),
        (1, Gen.Const(" // with CR LF\r\n  ")));

    /// <summary>Trivia between members: a line break, perhaps with blank lines and comments.</summary>
    public static readonly Gen<string> MemberSeparator = Gen.OneOf("\n", "\r\n", "\n\n", "\r\n\r\n", "\n// next\n", "\n/* next */\n", " ");

    /// <summary>What may stand before the first member: nothing, a BOM, comments, blank lines.</summary>
    public static readonly Gen<string> FileStart = Gen.OneOf("", "", "\uFEFF", "// a file\n", "/* header */\r\n", "\n\n", "\t");

    /// <summary>What may stand after the last member.</summary>
    public static readonly Gen<string> FileEnd = Gen.OneOf("", "", "\n", "\r\n", " // end", "\n/* end */", "\n\n");
}
