using System.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// Makes text from claim files inert in GitHub-flavoured Markdown, inside a table cell: it may
/// not add links, images, HTML, mentions or formatting to a pull-request comment, nor end its
/// cell or its code span. Control and bidi characters are escaped as in the text format.
/// </summary>
internal static class MarkdownText
{
    // What Markdown (or GitHub's extensions: strikethrough, math, tables) gives a meaning to
    // inside a line; a cell never starts a line, so '-', '+', '.' and '>' are left as they are.
    private const string Specials = "\\`*_[]<!|~&#$";

    /// <summary>Plain text: specials backslash-escaped, mentions and bare web addresses broken.</summary>
    public static string Text(string text)
    {
        string line = OneLine(text);
        var escaped = new StringBuilder(line.Length + 16);
        foreach (char c in line)
        {
            if (Specials.Contains(c, StringComparison.Ordinal)) escaped.Append('\\');
            escaped.Append(c);
            // A zero-width space after '@' keeps "@someone" from notifying anyone.
            if (c == '@') escaped.Append("&#8203;");
        }
        // GitHub links "http://..." and "www...." without brackets.
        return escaped.ToString()
            .Replace("://", ":&#8203;//", StringComparison.Ordinal)
            .Replace("www.", "www&#8203;.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A code span holding <paramref name="text"/> literally: its fence is one backtick longer than
    /// the longest run of backticks inside, so none of them can close it (the CommonMark rule).
    /// </summary>
    public static string Code(string text)
    {
        // A table splits its row at '|' even inside a code span; "\|" there shows as '|'.
        string content = OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
        string fence = new('`', LongestRun(content, '`') + 1);
        // A span that starts or ends with a backtick needs a space (which CommonMark strips) to
        // keep it from running into the fence.
        bool pad = content.StartsWith('`') || content.EndsWith('`') || (content.StartsWith(' ') && content.EndsWith(' '));
        return pad ? $"{fence} {content} {fence}" : $"{fence}{content}{fence}";
    }

    // A table row is one line.
    private static string OneLine(string text) =>
        TerminalText.Escape(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (char x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
