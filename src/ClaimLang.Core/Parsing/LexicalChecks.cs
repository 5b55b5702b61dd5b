using Antlr4.Runtime;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;
using L = ClaimLang.Parsing.Generated.ClaimLangLexer;

namespace ClaimLang.Parsing;

/// <summary>
/// The lexer accepts broken strings, comments, numbers and dates as tokens (so the parser does
/// not stumble on them); here each is reported once, whether the parser used the token or not.
/// </summary>
internal static class LexicalChecks
{
    public static void Run(IList<IToken> tokens, SyntaxTree tree, List<Diagnostic> diagnostics)
    {
        SourceText text = tree.Text;
        for (int i = 0; i < tokens.Count; i++)
        {
            IToken token = tokens[i];
            switch (token.Type)
            {
                case L.STRING:
                    if (!IsTerminatedString(TextOf(text, token)))
                        Add(tree, diagnostics, DiagnosticDescriptors.Unterminated, token,
                            "unterminated string: add a closing '\"' before the end of the line");
                    break;
                case L.BLOCK_COMMENT:
                    if (TextOf(text, token) is var comment && (comment.Length < 4 || !comment.EndsWith("*/", StringComparison.Ordinal)))
                        Add(tree, diagnostics, DiagnosticDescriptors.Unterminated, token,
                            "unterminated block comment: close it with '*/'");
                    break;
                case L.NUMBER:
                    if (NumberLiteral.Check(TextOf(text, token)) is { } problem)
                        Add(tree, diagnostics, DiagnosticDescriptors.MalformedNumber, token, problem);
                    break;
                case L.DATE:
                    if (DateLiteral.Check(TextOf(text, token)) is { } reason)
                        Add(tree, diagnostics, DiagnosticDescriptors.InvalidDate, token, TextOf(text, token).ToString(), reason);
                    break;
                case L.BAD_CHAR:
                    i = ReportBadCharacters(tokens, i, tree, diagnostics);
                    break;
            }
        }
    }

    // A run of bad characters is one mistake: one diagnostic over the whole run.
    private static int ReportBadCharacters(IList<IToken> tokens, int first, SyntaxTree tree, List<Diagnostic> diagnostics)
    {
        int last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Type == L.BAD_CHAR) last++;
        var span = TextSpan.FromBounds(tokens[first].StartIndex, tokens[last].StopIndex + 1);
        string shown = Describe(tree.Text, span);
        string hint = tree.Text[span.Start] switch
        {
            '\'' => " (strings are written in double quotes)",
            '$' or '€' or '£' => " (write the currency as a unit after the amount: 36e9 USD)",
            ',' => " (numbers are written without thousands separators: 36000 or 36_000)",
            _ => "",
        };
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidCharacter, tree.GetLocation(span), shown, hint));
        return last;
    }

    private static string Describe(SourceText text, TextSpan span)
    {
        if (span.Length == 1)
        {
            char c = text[span.Start];
            return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c)
                ? $"the character U+{(int)c:X4}"
                : $"the character '{c}' (U+{(int)c:X4})";
        }
        string chars = text.ToString(span);
        bool printable = chars.All(c => !char.IsControl(c) && !char.IsSurrogate(c) && !char.IsWhiteSpace(c));
        return printable && chars.Length <= 12
            ? $"the characters '{chars}'"
            : $"a run of {span.Length} characters starting with U+{(int)chars[0]:X4}";
    }

    private static ReadOnlySpan<char> TextOf(SourceText text, IToken token) =>
        text.AsSpan(TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1));

    private static bool IsTerminatedString(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i == text.Length - 1;
        }
        return false;
    }

    private static void Add(SyntaxTree tree, List<Diagnostic> diagnostics, DiagnosticDescriptor descriptor, IToken token, params object[] args)
    {
        var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
        diagnostics.Add(Diagnostic.Create(descriptor, tree.GetLocation(span), args));
    }
}
