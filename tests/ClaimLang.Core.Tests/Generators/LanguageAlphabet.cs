using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// Random text made of pieces of the language rather than of uniform characters, so that the
/// lexer's and parser's interesting paths (almost-valid claims, broken numbers and dates,
/// unterminated strings and comments, odd line breaks) come up often.
/// </summary>
internal static class LanguageAlphabet
{
    private static readonly string[] Keywords =
        ["source", "person", "entity", "metric", "unit", "says", "quoting", "as", "of", "note", "cite", "status",
         "thousand", "million", "billion", "trillion"];

    private static readonly string[] Names =
        ["Iran", "Syria", "BBC", "BBC_Persian", "de_Mistura", "aid", "USD", "EUR", "count", "x", "_", "_a1", "yr", "year",
         "mo", "month", "day", "retracted", "disputed", "kind", "flow", "level", "Ünïcödé", "Сирия", "إيران", "日本",
         "naïve", "a\u0301", "\U0001D49C", "x\U0001D7D9"];

    private static readonly string[] Numbers =
        ["0", "36", "-36", "36.5", "36e9", "3.6E10", "36E+9", "1e-3", "36_000_000_000", "1_0", "-0.5", "2011", "2018", "20110",
         "0000", "1e999", "-1e999", "1__0", "1_", "_1", "1e", "1e+", "1.", ".5", "1.2.3", "1_000.5_5", "99999999999999999999"];

    private static readonly string[] Dates =
        ["2018-06", "2018-06-08", "2018-13", "2018-00", "2018-02-30", "2019-02-29", "2020-02-29", "0000-01", "9999-12-31",
         "2018-6", "2018-06-8", "20180-01", "2018-06-08-01"];

    private static readonly string[] Strings =
        ["\"BBC Persian\"", "\"\"", "\"esc \\\" \\\\ \\n \\t\"", "\"https://www.bbc.com/persian\"", "\"unterminated",
         "\"ends in backslash\\", "\"bad \\q escape\"", "\"two\" \"strings\""];

    private static readonly string[] Punctuation =
        ["..", "->", "\u2192", "~", ">=", "<=", ">", "<", "%", "/", ":", "{", "}", "\"", "/*", "*/", "//", "-", ".", "=", "*",
         "...", "-->", "<-", "=>", "\\"];

    private static readonly string[] Whitespace =
        [" ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\f", "\v", "\u00A0", "\uFEFF", "\u2028", "\u0085"];

    private static readonly string[] Comments =
        ["// comment\n", "//", "/* block */", "/* multi\nline */", "/**/", "/*/", "/* unterminated", "/* a */ */", "// x\r\n"];

    private static readonly string[] Oddities =
        ["\0", "\u0001", "\u001B", "\u007F", "@", "@@@", "#", "$", "\u20AC", "\u00A3", "'", ",", "(", ")", ";", "?", "!", "&",
         "\uD800", "\uDC00", "\uDBFF\uDFFF", "\U0001F600", "\u200B", "\u202E", "\uFFFF", "\uFFFE", "\u0300"];

    /// <summary>One piece of text: a keyword, name, number, date, string, operator, whitespace, comment or junk.</summary>
    public static readonly Gen<string> Fragment = Gen.Frequency(
        (12, Gen.OneOf(Keywords)),
        (12, Gen.OneOf(Names)),
        (10, Gen.OneOf(Numbers)),
        (5, Gen.OneOf(Dates)),
        (4, Gen.OneOf(Strings)),
        (10, Gen.OneOf(Punctuation)),
        (20, Gen.OneOf(Whitespace)),
        (4, Gen.OneOf(Comments)),
        (5, Gen.OneOf(Oddities)),
        (3, Gen.Char.Array[1, 3].Select(chars => new string(chars))));

    /// <summary>Text of up to about sixty pieces.</summary>
    public static readonly Gen<string> Text = Fragment.Array[0, 60].Select(string.Concat);

    /// <summary>Arbitrary UTF-16 text, any code unit at all, for what the biased alphabet misses.</summary>
    public static readonly Gen<string> AnyCharacters = Gen.Char.Array[0, 80].Select(chars => new string(chars));
}
