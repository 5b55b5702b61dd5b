using Antlr4.Runtime;
using L = ClaimLang.Parsing.Generated.ClaimLangLexer;

namespace ClaimLang.Parsing;

/// <summary>
/// Retypes every identifier whose next significant token is ':' as a claim label. ':' has no
/// other use in the language, so this is exact; and with labels told apart before parsing, a
/// claim cut short at the end of a line cannot take the next claim's label as one of its names.
/// Trivia may stand between a label and its colon (<c>lbl /* why */ :</c>).
/// </summary>
internal static class LabelMarker
{
    public static void Mark(IList<IToken> tokens)
    {
        int lastIdentifier = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            IToken token = tokens[i];
            if (token.Channel != Lexer.DefaultTokenChannel) continue;
            if (token.Type == L.COLON && lastIdentifier >= 0 && tokens[lastIdentifier] is CommonToken label)
                label.Type = L.LABEL;
            lastIdentifier = token.Type == L.IDENTIFIER ? i : -1;
        }
    }
}
