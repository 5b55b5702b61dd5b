using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// Text made of the characters and pairs where a lexer's decisions are made: the starts and ends
/// of strings, comments and numbers, the longer operators and their prefixes, line breaks in
/// every form, letters inside and outside ASCII and the Basic Multilingual Plane, lone and paired
/// surrogates, and the unusual whitespace the grammar names. Short pieces, many combinations;
/// the text ends anywhere, so end of input falls inside strings, comments and numbers.
/// </summary>
internal static class LexerEdgeAlphabet
{
    private static readonly string[] Pieces =
        ["\"", "\\", "\\\"", "/*", "*/", "*", "**", "/", "//", "\r", "\n", "\r\n", "0", "1", "9", "12", "2018", "e", "E", "_",
         "-", "+", ".", "..", "->", "\u2192", ">", ">=", "<", "<=", "=", "~", "%", ":", "{", "}", " ", "\t", "\f", "\v",
         "\u00A0", "\uFEFF", "a", "s", "source", "says", "thousand", "as", "of", "é", "Ж", "日", "\u0301", "\u0663",
         "\uD835", "\uDC9C", "\uD835\uDC9C", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u2028", "\u0085", "\0", "\uFFFF", "@", "'"];

    public static readonly Gen<string> Text = Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat);
}
