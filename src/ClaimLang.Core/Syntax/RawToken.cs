namespace ClaimLang.Syntax;

/// <summary>
/// One entry of a tree's token table. Tokens are stored as plain structs in one array per file
/// rather than as objects: a million-claim project has tens of millions of them. A token's
/// trivia are a slice of the trivia table: its leading trivia from <see cref="TriviaStart"/>,
/// then its trailing trivia up to where the next token's trivia start (so that count is not stored).
/// </summary>
internal struct RawToken
{
    public SyntaxKind Kind;
    public bool IsMissing;
    public int Start;
    public int Length;
    public int TriviaStart;
    public int LeadingCount;
}
