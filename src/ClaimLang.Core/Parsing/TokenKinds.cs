using ClaimLang.Parsing.Generated;
using ClaimLang.Syntax;
using L = ClaimLang.Parsing.Generated.ClaimLangLexer;

namespace ClaimLang.Parsing;

/// <summary>Maps the generated lexer's token types to syntax kinds, and token types to bit masks for slot checks.</summary>
internal static class TokenKinds
{
    private static readonly SyntaxKind[] Kinds = BuildKinds();

    public static SyntaxKind ToSyntaxKind(int tokenType) =>
        tokenType == Antlr4.Runtime.TokenConstants.EOF ? SyntaxKind.EndOfFileToken
        : (uint)tokenType < (uint)Kinds.Length ? Kinds[tokenType] : SyntaxKind.None;

    /// <summary>A set of token types as bits (the lexer has fewer than 64 types).</summary>
    public static ulong Mask(int tokenType) => 1UL << tokenType;

    public static readonly ulong Identifier = Mask(L.IDENTIFIER);
    public static readonly ulong Number = Mask(L.NUMBER);
    public static readonly ulong String = Mask(L.STRING);
    public static readonly ulong DateOrYear = Mask(L.DATE) | Mask(L.NUMBER);
    public static readonly ulong UnitName = Mask(L.IDENTIFIER) | Mask(L.PERCENT);
    public static readonly ulong ScaleWord = Mask(L.THOUSAND) | Mask(L.MILLION) | Mask(L.BILLION) | Mask(L.TRILLION);
    public static readonly ulong BoundOperator = Mask(L.GREATER_EQ) | Mask(L.GREATER) | Mask(L.LESS_EQ) | Mask(L.LESS);
    public static readonly ulong DeclarationKeyword = Mask(L.SOURCE) | Mask(L.PERSON) | Mask(L.ENTITY) | Mask(L.METRIC) | Mask(L.UNIT);
    public static readonly ulong Keyword = DeclarationKeyword | ScaleWord | Mask(L.SAYS) | Mask(L.QUOTING) | Mask(L.AS)
        | Mask(L.OF) | Mask(L.NOTE) | Mask(L.CITE) | Mask(L.STATUS);
    public static readonly ulong AttributeName = Identifier | Keyword;
    public static readonly ulong AttributeValue = Mask(L.STRING) | Mask(L.DATE) | Mask(L.IDENTIFIER) | Mask(L.PERCENT) | Mask(L.NUMBER) | Keyword;

    private static SyntaxKind[] BuildKinds()
    {
        var kinds = new SyntaxKind[64];
        kinds[L.SOURCE] = SyntaxKind.SourceKeyword;
        kinds[L.PERSON] = SyntaxKind.PersonKeyword;
        kinds[L.ENTITY] = SyntaxKind.EntityKeyword;
        kinds[L.METRIC] = SyntaxKind.MetricKeyword;
        kinds[L.UNIT] = SyntaxKind.UnitKeyword;
        kinds[L.SAYS] = SyntaxKind.SaysKeyword;
        kinds[L.QUOTING] = SyntaxKind.QuotingKeyword;
        kinds[L.AS] = SyntaxKind.AsKeyword;
        kinds[L.OF] = SyntaxKind.OfKeyword;
        kinds[L.NOTE] = SyntaxKind.NoteKeyword;
        kinds[L.CITE] = SyntaxKind.CiteKeyword;
        kinds[L.STATUS] = SyntaxKind.StatusKeyword;
        kinds[L.THOUSAND] = SyntaxKind.ThousandKeyword;
        kinds[L.MILLION] = SyntaxKind.MillionKeyword;
        kinds[L.BILLION] = SyntaxKind.BillionKeyword;
        kinds[L.TRILLION] = SyntaxKind.TrillionKeyword;
        kinds[L.DATE] = SyntaxKind.DateToken;
        kinds[L.NUMBER] = SyntaxKind.NumberToken;
        kinds[L.STRING] = SyntaxKind.StringToken;
        kinds[L.ARROW] = SyntaxKind.ArrowToken;
        kinds[L.DOTDOT] = SyntaxKind.DotDotToken;
        kinds[L.GREATER_EQ] = SyntaxKind.GreaterEqualsToken;
        kinds[L.LESS_EQ] = SyntaxKind.LessEqualsToken;
        kinds[L.GREATER] = SyntaxKind.GreaterToken;
        kinds[L.LESS] = SyntaxKind.LessToken;
        kinds[L.TILDE] = SyntaxKind.TildeToken;
        kinds[L.SLASH] = SyntaxKind.SlashToken;
        kinds[L.PERCENT] = SyntaxKind.PercentToken;
        kinds[L.COLON] = SyntaxKind.ColonToken;
        kinds[L.OPEN_BRACE] = SyntaxKind.OpenBraceToken;
        kinds[L.CLOSE_BRACE] = SyntaxKind.CloseBraceToken;
        kinds[L.IDENTIFIER] = SyntaxKind.IdentifierToken;
        kinds[L.LABEL] = SyntaxKind.IdentifierToken; // an identifier that LabelMarker found before a ':'
        kinds[L.WHITESPACE] = SyntaxKind.WhitespaceTrivia;
        kinds[L.END_OF_LINE] = SyntaxKind.EndOfLineTrivia;
        kinds[L.LINE_COMMENT] = SyntaxKind.LineCommentTrivia;
        kinds[L.BLOCK_COMMENT] = SyntaxKind.BlockCommentTrivia;
        kinds[L.BAD_CHAR] = SyntaxKind.BadCharacterTrivia;
        return kinds;
    }
}
