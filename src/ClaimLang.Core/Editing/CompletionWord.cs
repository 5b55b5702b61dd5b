using ClaimLang.Parsing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// The word an accepted completion replaces: the name or keyword the caret is in, at the end
/// of, or at the start of. There is none inside a comment, a string or a number (or a date),
/// or inside punctuation such as <c>-&gt;</c>: nothing is completed there.
/// </summary>
internal static class CompletionWord
{
    /// <summary>The word's span (empty at the caret when the caret touches no word); null where nothing may be completed.</summary>
    public static TextSpan? At(SyntaxTree tree, int position)
    {
        if (position > 0)
        {
            SyntaxElement before = tree.ElementAt(position - 1);
            SyntaxKind kind = before.LexicalKind;
            if (IsWord(kind)) return before.Span;
            if (Encloses(before, kind, position)) return null;
        }
        if (position < tree.Text.Length)
        {
            SyntaxElement at = tree.ElementAt(position);
            if (at.Span.Start == position && IsWord(at.LexicalKind)) return at.Span;
        }
        return new TextSpan(position, 0);
    }

    /// <summary>Names and keywords: what completion items are.</summary>
    public static bool IsWord(SyntaxKind kind) => kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(kind);

    // Whether the caret, just after the element's first character, is still part of it: within
    // it, or at the end of one that does not end there (a line comment, an unterminated string
    // or block comment, a number or date that typing would extend).
    private static bool Encloses(SyntaxElement element, SyntaxKind kind, int position)
    {
        ReadOnlySpan<char> text = element.Tree.Text.AsSpan(element.Span);
        return kind switch
        {
            SyntaxKind.LineCommentTrivia or SyntaxKind.NumberToken or SyntaxKind.DateToken => true,
            SyntaxKind.BlockCommentTrivia => position < element.Span.End || !BlockComment.IsClosed(text),
            SyntaxKind.StringToken => position < element.Span.End || !LexicalChecks.IsTerminatedString(text),
            SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.BadCharacterTrivia => false,
            // Inside punctuation of two characters ('->', '..', '>=', '<=').
            _ => position < element.Span.End,
        };
    }
}
