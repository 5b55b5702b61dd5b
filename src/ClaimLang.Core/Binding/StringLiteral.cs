using System.Text;

namespace ClaimLang.Binding;

/// <summary>Reads the value of a string token: quotes removed, the escapes of docs/language.md, "Files and tokens" undone.</summary>
internal static class StringLiteral
{
    public static string Value(string token)
    {
        int end = token.Length > 1 && token[^1] == '"' ? token.Length - 1 : token.Length;
        if (token.IndexOf('\\') < 0) return token[1..end];
        var value = new StringBuilder(end);
        for (int i = 1; i < end; i++)
        {
            char c = token[i];
            if (c == '\\' && i + 1 < end)
            {
                char next = token[++i];
                value.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
            }
            else value.Append(c);
        }
        return value.ToString();
    }
}
