using System.Globalization;
using System.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// Makes text from claim files (names, notes, source lines, file names) safe to print to a
/// terminal or a CI log. A terminal acts on control characters and ANSI escapes, and Unicode
/// bidi controls reorder what is shown, so these are printed escaped as <c>\u001b</c>; GitHub
/// Actions runs a log line that starts with <c>::</c> (after leading spaces) as a workflow
/// command, and one holding <c>##[</c> as an old-style one, so such a line is escaped too.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with control and bidi characters and <c>##[</c> escaped; tabs are kept.</summary>
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !MustEscape(text, first)) first++;
        if (first == text.Length) return text;
        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (int i = first; i < text.Length; i++) AppendEscaped(escaped, text, i);
        return escaped.ToString();
    }

    /// <summary>Appends <c>text[index]</c>, escaped as <c>\uXXXX</c> when it must be.</summary>
    public static void AppendEscaped(StringBuilder output, string text, int index)
    {
        if (MustEscape(text, index)) output.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[index]:x4}");
        else output.Append(text[index]);
    }

    /// <summary>
    /// Text that starts a printed line (or is the whole of one): escaped, and with a leading
    /// <c>::</c> (after spaces, which the runner skips) written <c>\u003a:</c>.
    /// </summary>
    public static string LineStart(string text)
    {
        string escaped = Escape(text);
        int start = 0;
        while (start < escaped.Length && char.IsWhiteSpace(escaped[start])) start++;
        return string.CompareOrdinal(escaped, start, "::", 0, 2) == 0
            ? string.Concat(escaped.AsSpan(0, start), "\\u003a", escaped.AsSpan(start + 1))
            : escaped;
    }

    // The second '#' of "##[": the runner reads an old-style command anywhere in a line.
    private static bool MustEscape(string text, int index) =>
        IsUnsafe(text[index])
        || (text[index] == '#' && index > 0 && text[index - 1] == '#' && index + 1 < text.Length && text[index + 1] == '[');

    // C0 controls but tab, DEL, C1 controls (ESC starts every ANSI sequence), and the bidi
    // embeddings, overrides, isolates and marks that can make a line read other than it is.
    private static bool IsUnsafe(char c) =>
        (c < ' ' && c != '\t')
        || (c >= '\u007f' && c <= '\u009f')
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c is '\u200e' or '\u200f' or '\u061c';
}
