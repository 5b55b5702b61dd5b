using System.Runtime.CompilerServices;
using ClaimLang.Parsing.Lexing;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a loop over every token of the first files, see DfaLexer.Lex
    public static void Mark(LexedTokens tokens)
    {
        for (int k = 1; k < tokens.SignificantCount; k++)
        {
            int colon = tokens.SignificantAt(k);
            if (tokens.TypeOf(colon) != L.COLON) continue;
            int before = tokens.SignificantAt(k - 1);
            if (tokens.TypeOf(before) == L.IDENTIFIER) tokens.Retype(before, L.LABEL);
        }
    }
}
