using System.Runtime.CompilerServices;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing.Lexing;
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
    // Fully optimized from the first call: the loop visits every token of the first files long
    // before tiered compilation would replace its unoptimized first version.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(LexedTokens tokens, SyntaxTree tree, DiagnosticBag diagnostics)
    {
        // Names outside the Basic Multilingual Plane are rare: one scan of the file saves looking
        // into every name.
        bool anySurrogates = tree.Text.Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
        Dictionary<string, string>? badCharacterMessages = null;
        for (int token = 0; token < tokens.Count; token++)
        {
            switch (tokens.TypeOf(token))
            {
                case L.STRING:
                    if (!IsTerminatedString(tokens.TextOf(token)))
                        Add(tree, diagnostics, DiagnosticDescriptors.Unterminated, tokens, token,
                            "unterminated string: add a closing '\"' before the end of the line");
                    else
                        CheckEscapes(tree, tokens, token, diagnostics);
                    break;
                case L.IDENTIFIER:
                case L.LABEL:
                    if (anySurrogates && tokens.TextOf(token).ContainsAnyInRange('\uD800', '\uDFFF'))
                        CheckAstralCharacters(tree, tokens, token, diagnostics);
                    break;
                case L.BLOCK_COMMENT:
                    if (!BlockComment.IsClosed(tokens.TextOf(token)))
                        Add(tree, diagnostics, DiagnosticDescriptors.Unterminated, tokens, token,
                            "unterminated block comment: close it with '*/'");
                    break;
                case L.NUMBER:
                    if (NumberLiteral.Check(tokens.TextOf(token)) is { } problem)
                        Add(tree, diagnostics, DiagnosticDescriptors.MalformedNumber, tokens, token, problem);
                    break;
                case L.DATE:
                    if (DateLiteral.Check(tokens.TextOf(token)) is { } reason)
                        Add(tree, diagnostics, DiagnosticDescriptors.InvalidDate, tokens, token, tokens.TextOf(token).ToString(), reason);
                    break;
                case L.BAD_CHAR:
                    token = ReportBadCharacters(tokens, token, tree, diagnostics, badCharacterMessages ??= new(StringComparer.Ordinal));
                    break;
            }
        }
    }

    // A run of bad characters is one mistake: one diagnostic over the whole run. The same
    // message again (the same character elsewhere) is the string already kept for the file.
    private static int ReportBadCharacters(LexedTokens tokens, int first, SyntaxTree tree, DiagnosticBag diagnostics,
        Dictionary<string, string> messages)
    {
        int last = first;
        while (last + 1 < tokens.Count && tokens.TypeOf(last + 1) == L.BAD_CHAR) last++;
        var span = TextSpan.FromBounds(tokens.StartOf(first), tokens.StartOf(last) + tokens.LengthOf(last));
        if (!diagnostics.HasRoom)
        {
            diagnostics.Omit(DiagnosticDescriptors.InvalidCharacter, span);
            return last;
        }
        string shown = Describe(tree.Text, span);
        bool one = shown.StartsWith("the character ", StringComparison.Ordinal);
        string hint = tree.Text[span.Start] switch
        {
            '\'' => " (strings are written in double quotes)",
            '$' or '€' or '£' => " (write the currency as a unit after the amount: 36e9 USD)",
            ',' => " (numbers are written without thousands separators: 36000 or 36_000)",
            _ => "",
        };
        string message = $"{shown} cannot start a token; remove {(one ? "it" : "them")}{hint}";
        message = messages.TryGetValue(message, out string? kept) ? kept : messages[message] = message;
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidCharacter, tree.GetLocation(span), message));
        return last;
    }

    private static string Describe(SourceText text, TextSpan span)
    {
        if (span.Length == 2 && char.IsSurrogatePair(text[span.Start], text[span.Start + 1]))
        {
            int codePoint = char.ConvertToUtf32(text[span.Start], text[span.Start + 1]);
            return $"the character '{text.ToString(span)}' (U+{codePoint:X4})";
        }
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

    // Names may hold letters outside the Basic Multilingual Plane; the lexer accepts any
    // surrogate pair there, so each is checked to be a letter (or, after the first, a digit or mark).
    private static void CheckAstralCharacters(SyntaxTree tree, LexedTokens tokens, int token, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<char> name = tokens.TextOf(token);
        for (int i = 0; i < name.Length; i++)
        {
            if (!char.IsHighSurrogate(name[i]) || i + 1 >= name.Length) continue;
            var rune = new System.Text.Rune(name[i], name[i + 1]);
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            bool letter = System.Text.Rune.IsLetter(rune);
            bool allowed = i == 0 ? letter : letter || System.Text.Rune.IsDigit(rune)
                || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (!allowed)
            {
                var span = new TextSpan(tokens.StartOf(token) + i, 2);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidCharacter, tree.GetLocation(span),
                    $"the character '{rune}' (U+{rune.Value:X4}) cannot {(i == 0 ? "start a token" : "be part of a name")}; remove it"));
            }
            i++;
        }
    }

    // The escapes of docs/language.md, "Files and tokens": \" \\ \n \t.
    private static void CheckEscapes(SyntaxTree tree, LexedTokens tokens, int token, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<char> text = tokens.TextOf(token);
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '\\') continue;
            if (text[i + 1] is not ('"' or '\\' or 'n' or 't'))
            {
                var span = new TextSpan(tokens.StartOf(token) + i, 2);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, tree.GetLocation(span),
                    $"unknown escape '{text.Slice(i, 2)}' in a string: write \\\", \\\\, \\n or \\t"));
            }
            i++;
        }
    }

    internal static bool IsTerminatedString(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i == text.Length - 1;
        }
        return false;
    }

    private static void Add(SyntaxTree tree, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, LexedTokens tokens, int token, params object[] args)
    {
        var span = new TextSpan(tokens.StartOf(token), tokens.LengthOf(token));
        if (diagnostics.HasRoom) diagnostics.Add(Diagnostic.Create(descriptor, tree.GetLocation(span), args));
        else diagnostics.Omit(descriptor, span);
    }
}
