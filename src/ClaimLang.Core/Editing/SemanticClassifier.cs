using System.Collections.Immutable;
using ClaimLang.Compilation;
using ClaimLang.Parsing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Classifies the tokens and comments of a file for an editor's semantic colouring: names by
/// what they refer to, other tokens by their type. An editor classifies the whole file when it
/// opens it, so this walks the token table once, in order, and reads each member's tokens
/// through the claim's and declaration's token slots (no claim parts are made, no token is
/// linked to a parent, no claim's meaning is worked out); each name is resolved once, in the
/// symbol table.
/// </summary>
public static class SemanticClassifier
{
    /// <summary>
    /// Every token and comment that overlaps <paramref name="range"/>, in text order: none
    /// empty, none overlapping another, none across a line break (a comment over several lines
    /// gives one span per line, for editors that cannot colour across lines). Whitespace, bad
    /// characters and missing tokens have no span.
    /// </summary>
    public static ImmutableArray<ClassifiedSpan> Classify(SemanticModel model, TextSpan range)
    {
        SyntaxTree tree = model.Tree;
        int start = Math.Clamp(range.Start, 0, tree.Text.Length);
        int end = Math.Clamp(range.End, start, tree.Text.Length);
        if (start == end) return [];
        TokenTable table = tree.Table;
        int element = table.ElementAt(start);
        // At most one span per element, but for comments over several lines: room for the usual case, without regrowing.
        var spans = ImmutableArray.CreateBuilder<ClassifiedSpan>(table.ElementAt(end - 1) - element + 1);
        var roles = new SemanticClassifierRoles(model.Compilation, tree);
        int token = table.FirstTokenFrom(element); // counted on as the walk passes tokens
        for (; element < table.ElementCount && table.StartAt(element) < end; element++)
        {
            SyntaxKind kind = table.KindAt(element);
            bool isToken = !SyntaxFacts.IsTrivia(kind);
            TextSpan span = table.SpanAt(element);
            if (span.Length == 0)
            {
                if (isToken) token++;
                continue;
            }
            (SemanticClass Class, bool IsDeclaration)? classified = isToken
                ? roles.Classify(token++, kind)
                : ClassifyTrivia(kind, tree.Text.AsSpan(span), roles);
            if (classified is { } found) Add(tree.Text, span, found.Class, found.IsDeclaration, start, end, spans);
        }
        return spans.ToImmutable();
    }

    private static (SemanticClass, bool)? ClassifyTrivia(SyntaxKind kind, ReadOnlySpan<char> text, SemanticClassifierRoles roles) => kind switch
    {
        SyntaxKind.LineCommentTrivia or SyntaxKind.BlockCommentTrivia => (SemanticClass.Comment, false),
        // Text the parser skipped is classed by what it lexes as: while a line is being typed,
        // its names and keywords keep their colours.
        SyntaxKind.SkippedTokenTrivia => (roles.ClassifyLoose(SkippedTokenKind.Of(text), text), false),
        _ => null,
    };

    // A token as it is (tokens never hold a line break: a string ends at the end of its line
    // even when unterminated); a comment one line at a time, leaving out the lines of a long
    // comment outside the range.
    private static void Add(SourceText text, TextSpan span, SemanticClass kind, bool isDeclaration, int start, int end,
        ImmutableArray<ClassifiedSpan>.Builder spans)
    {
        if (kind != SemanticClass.Comment)
        {
            spans.Add(new ClassifiedSpan(span, kind, isDeclaration));
            return;
        }
        int lineStart = span.Start;
        for (int i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && text[i] is not ('\r' or '\n')) continue;
            if (i > lineStart && lineStart < end && start < i) spans.Add(new ClassifiedSpan(TextSpan.FromBounds(lineStart, i), kind, isDeclaration));
            lineStart = i + 1;
        }
    }
}
