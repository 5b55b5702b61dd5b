using ClaimLang.Parsing.Lexing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Parsing;

/// <summary>
/// What a token the parser skipped was: the token table keeps skipped text as trivia of one
/// kind, but an editor still colours and reads it (a keyword typed where the parser did not
/// expect it is still a keyword). One lexed token's text lexes again as that token.
/// </summary>
internal static class SkippedTokenKind
{
    public static SyntaxKind Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return SyntaxKind.None;
        LexedTokens tokens = DfaLexer.Lex(SourceText.From(text.ToString()));
        try
        {
            return TokenKinds.ToSyntaxKind(tokens.TypeOf(0));
        }
        finally
        {
            tokens.Return();
        }
    }
}
