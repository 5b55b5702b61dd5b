using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ClaimLang.Syntax;
using ClaimLang.Text;
using L = ClaimLang.Parsing.Generated.ClaimLangLexer;

namespace ClaimLang.Parsing;

/// <summary>
/// Turns what the parser expected into words a person understands: "expected an entity name
/// after '-&gt;', found '36e9'", never a list of token type names. The wording comes from the
/// set of tokens that would have been valid and the token before the mistake.
/// </summary>
internal static class SyntaxErrorWording
{
    public static (string Message, TextSpan Span) Describe(SyntaxError error, IToken? previous, SourceText text)
    {
        IToken offending = error.Offending;
        string expected = DescribeExpected(error.Expected, previous);
        bool atEnd = offending.Type == TokenConstants.EOF;
        bool sameLine = previous is not null && !atEnd && !LineBreakBetween(text, previous.StopIndex + 1, offending.StartIndex);

        string after = previous is null ? "" : $" after '{Clip(previous.Text)}'";
        // A stray name where a member should start is most often a label without its colon.
        if (offending.Type == L.IDENTIFIER && error.Expected.Contains(L.LABEL) && error.Expected.Contains(L.ENTITY))
            expected += " (a claim label is followed by ':')";
        // Where a member should start, the stray token itself is the mistake, wherever it stands.
        bool memberExpected = error.Expected.Contains(L.SOURCE) && error.Expected.Contains(L.ENTITY) && !error.Expected.Contains(L.SAYS);
        if (memberExpected && !atEnd)
            return ($"expected {expected}{(sameLine ? after : "")}, found {Found(offending)}", Span(offending));
        if (previous is null || sameLine)
            return ($"expected {expected}{after}, found {Found(offending)}", atEnd ? EndSpan(previous, text) : Span(offending));

        // The mistake is at the end of a line (or of the file): point just after the last good token.
        return ($"expected {expected}{after}", EndSpan(previous, text));
    }

    private static string DescribeExpected(IntervalSet expected, IToken? previous)
    {
        int prev = previous?.Type ?? -1;
        bool amount = expected.Contains(L.NUMBER) && expected.Contains(L.TILDE);
        if (amount && expected.Contains(L.IDENTIFIER))
            return "a metric name or an amount";
        if (amount)
            return "an amount (a number such as 36e9, a range such as 14..15 billion, a bound such as >= 12e9, or ~80)";
        // Inside braces every keyword is a possible attribute name, so test for '}' first.
        if (expected.Contains(L.CLOSE_BRACE) && expected.Contains(L.IDENTIFIER))
            return "an attribute name or '}'";
        // An attribute's value may be any keyword too, so test for it before the keywords below.
        if (expected.Contains(L.STRING) && expected.Contains(L.DATE) && expected.Contains(L.NUMBER))
            return "a value for the attribute (a string, number, date, name or %)";
        if (expected.Contains(L.SAYS) && expected.Contains(L.QUOTING))
            return expected.Contains(L.OPEN_BRACE)
                ? "'says' or 'quoting' (for a claim), or a display name or '{' (for a declaration)"
                : "'says' or 'quoting'";
        if (expected.Contains(L.DATE) && expected.Contains(L.NUMBER) && !expected.Contains(L.STRING))
        {
            return prev switch
            {
                L.OF => "a date (2018, 2018-06 or 2018-06-08)",
                L.DOTDOT => "the date the period ends",
                _ => "a period (a year such as 2018, a month 2018-06, a day 2018-06-08, or a range such as 2011..2017)",
            };
        }
        if (expected.Contains(L.PERCENT) && expected.Contains(L.IDENTIFIER) && !expected.Contains(L.STRING))
            return "a unit (a currency code such as USD, %, count or a declared unit)";
        if (expected.Contains(L.IDENTIFIER) && expected.Count <= 2)
        {
            return prev switch
            {
                L.SOURCE => "a source name",
                L.QUOTING => "a speaker name (a person or a source)",
                L.SAYS => "the subject: an entity, or a flow such as 'Iran -> Syria'",
                L.ARROW => "an entity name",
                L.SLASH => "a time unit (yr, year, mo, month or day)",
                L.STATUS => "'retracted' or 'disputed'",
                L.PERSON => "a name for the person",
                L.ENTITY => "a name for the entity",
                L.METRIC => "a name for the metric",
                L.UNIT => "a name for the unit",
                _ => "a name",
            };
        }
        if (expected.Contains(L.STRING) && expected.Count == 1)
            return "a quoted string";
        if (expected.Contains(L.AS) && expected.Contains(L.NOTE))
            return "a qualifier ('as of', 'note', 'cite' or 'status') or the next declaration or claim";
        if (expected.Contains(L.SOURCE) && expected.Contains(L.ENTITY))
            return "a declaration or a claim";
        return DescribeTokens(expected);
    }

    private static string DescribeTokens(IntervalSet expected)
    {
        var names = new List<string>();
        foreach (int type in expected.ToList())
        {
            string name = SyntaxFacts.GetDisplayName(TokenKinds.ToSyntaxKind(type));
            if (!names.Contains(name)) names.Add(name);
        }
        return names.Count switch
        {
            0 => "something else",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    private static string Found(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        L.STRING => "a string",
        _ => $"'{Clip(token.Text)}'",
    };

    private static string Clip(string text) => text.Length <= 24 ? text : text[..21] + "...";

    private static TextSpan Span(IToken token) => TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static TextSpan EndSpan(IToken? previous, SourceText text) =>
        new(previous is null ? text.Length : previous.StopIndex + 1, 0);

    private static bool LineBreakBetween(SourceText text, int start, int end)
    {
        for (int i = start; i < end && i < text.Length; i++)
            if (text[i] is '\n' or '\r') return true;
        return false;
    }
}
