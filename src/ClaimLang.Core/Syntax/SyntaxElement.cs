using ClaimLang.Parsing;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// One entry of a tree's token table: a token (missing ones included) or a trivia, in the
/// order of the text. Editor features walk the text element by element around a position,
/// where trivia and skipped text matter as much as tokens, and where making the tree's nodes
/// (or linking every token to its parent) for a whole large file would cost more than the answer.
/// </summary>
internal readonly struct SyntaxElement
{
    internal SyntaxElement(SyntaxTree tree, int index)
    {
        Tree = tree;
        Index = index;
    }

    public SyntaxTree Tree { get; }

    /// <summary>The element's place in the token table, from 0 to the tree's element count − 1.</summary>
    public int Index { get; }

    public SyntaxKind Kind => Tree.Table.KindAt(Index);

    public TextSpan Span => Tree.Table.SpanAt(Index);

    /// <summary>A token the parser inserted while recovering: it has no text.</summary>
    public bool IsMissing => Tree.Table.IsMissingAt(Index);

    public bool IsTrivia => SyntaxFacts.IsTrivia(Kind);

    /// <summary>
    /// The kind the element's text lexes as: its own kind, except for a token the parser skipped
    /// (trivia of kind <see cref="SyntaxKind.SkippedTokenTrivia"/>), whose text is lexed again.
    /// </summary>
    public SyntaxKind LexicalKind => Kind == SyntaxKind.SkippedTokenTrivia ? SkippedTokenKind.Of(Tree.Text.AsSpan(Span)) : Kind;

    /// <summary>The token this element is; null for trivia.</summary>
    public SyntaxToken? AsToken() => IsTrivia ? null : Tree.GetToken(Tree.Table.FirstTokenFrom(Index));

    public SyntaxElement? Next => Index + 1 < Tree.Table.ElementCount ? new SyntaxElement(Tree, Index + 1) : null;
}
