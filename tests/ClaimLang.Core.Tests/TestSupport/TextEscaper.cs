using System.Globalization;
using System.Text;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// Shows text on one line with every invisible or ambiguous character spelled out, for baselines
/// and failure messages: line breaks, tabs, control and format characters, lone surrogates.
/// </summary>
internal static class TextEscaper
{
    public static string Quote(string text) => "\"" + Escape(text) + "\"";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\r': builder.Append(@"\r"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\0': builder.Append(@"\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        // A well-formed pair is one printable character; keep it readable.
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || (c != ' ' && char.IsWhiteSpace(c))
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
