namespace ClaimLang.Formatting;

/// <summary>The characters the layout works with: the lexer's whitespace and its line breaks (LF, CR LF, a lone CR).</summary>
internal static class LayoutText
{
    /// <summary>Whitespace as the lexer reads it (grammar rule WHITESPACE): space, tab, form feed, vertical tab, no-break space, U+FEFF.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v' or '\u00A0' or '\uFEFF';

    /// <summary>The length of the line break at <paramref name="index"/>: 2 for CR LF, 1 for LF or a lone CR, 0 when there is none.</summary>
    public static int LineBreakLength(string text, int index) => text[index] switch
    {
        '\n' => 1,
        '\r' => index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1,
        _ => 0,
    };

    /// <summary>How many line breaks <c>text[start..end)</c> holds.</summary>
    public static int CountLineBreaks(string text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            int length = LineBreakLength(text, i);
            if (length == 0) continue;
            count++;
            i += length - 1;
        }
        return count;
    }

    /// <summary>Where <c>text[start..end)</c> ends once the whitespace at its end is left out.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsWhitespace(text[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// The line break the formatted file uses everywhere: the file's first one, so a file keeps
    /// its style (LF, CR LF) and a file that mixes them takes the style it starts with. A file
    /// without any line break gets LF, the same on every machine.
    /// </summary>
    public static string LineBreakStyleOf(string text)
    {
        int index = text.AsSpan().IndexOfAny('\r', '\n');
        if (index < 0) return "\n";
        return LineBreakLength(text, index) == 2 ? "\r\n" : text[index].ToString();
    }
}
