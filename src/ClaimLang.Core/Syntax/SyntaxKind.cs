namespace ClaimLang.Syntax;

/// <summary>The kind of every token, trivia and node.</summary>
internal enum SyntaxKind : ushort
{
    None = 0,

    // Tokens
    EndOfFileToken,
    IdentifierToken,
    NumberToken,
    DateToken,
    StringToken,
    ArrowToken,
    DotDotToken,
    GreaterEqualsToken,
    LessEqualsToken,
    GreaterToken,
    LessToken,
    TildeToken,
    SlashToken,
    PercentToken,
    ColonToken,
    OpenBraceToken,
    CloseBraceToken,

    // Keywords
    SourceKeyword,
    PersonKeyword,
    EntityKeyword,
    MetricKeyword,
    UnitKeyword,
    SaysKeyword,
    QuotingKeyword,
    AsKeyword,
    OfKeyword,
    NoteKeyword,
    CiteKeyword,
    StatusKeyword,
    ThousandKeyword,
    MillionKeyword,
    BillionKeyword,
    TrillionKeyword,

    // Trivia
    WhitespaceTrivia,
    EndOfLineTrivia,
    LineCommentTrivia,
    BlockCommentTrivia,
    /// <summary>A character that cannot start a token (CL0003).</summary>
    BadCharacterTrivia,
    /// <summary>A token the parser skipped while recovering from a syntax error.</summary>
    SkippedTokenTrivia,

    // Nodes
    CompilationUnit,
    Declaration,
    AttributeBlock,
    Attribute,
    Claim,
    ClaimLabel,
    QuotingClause,
    Subject,
    Number,
    ValueAmount,
    RangeAmount,
    BoundAmount,
    ApproximateAmount,
    Unit,
    Rate,
    Period,
    AsOfQualifier,
    NoteQualifier,
    CiteQualifier,
    StatusQualifier,
}
