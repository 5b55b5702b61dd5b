using System.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Puts text from the analyst's files (names, display names, attribute values, messages) into
/// Markdown so that it shows as written: escaped in prose, or as a code span.
/// </summary>
internal static class HoverMarkdown
{
    // The characters that could start emphasis, code, links, HTML, strikethrough or table
    // cells, or an entity; a backslash before any ASCII punctuation shows it as itself.
    private const string Special = "\\`*_[]<>|~&#";

    /// <summary>Text in prose, with Markdown's special characters escaped.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (Special.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Text as a code span: fenced by more backticks than any run inside it, and padded when it starts or ends with one.</summary>
    public static string Code(string text)
    {
        if (text.Length == 0) return "";
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        string fence = new('`', longest + 1);
        string padding = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + padding + text + padding + fence;
    }
}
