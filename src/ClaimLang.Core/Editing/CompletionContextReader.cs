using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Reads the context of a completion from the tokens before the caret's word: those of the
/// member the caret is in (the last declaration or claim that starts before it, as the parser
/// found them), and any text the parser skipped after it, which while typing is usually the
/// line being written. Only that member's tokens are read, however large the file.
/// </summary>
internal static class CompletionContextReader
{
    /// <param name="tree">The file.</param>
    /// <param name="anchor">Where the caret's word starts (the caret, when it touches no word).</param>
    public static CompletionContext Read(SyntaxTree tree, int anchor)
    {
        var context = new CompletionContext { IsAtLineStart = StartsLine(tree.Text, anchor) };
        for (SyntaxElement? next = FirstElementOfMember(tree, anchor); next is { } element && element.Span.Start < anchor; next = element.Next)
        {
            if (element.IsMissing) continue;
            SyntaxKind kind = element.LexicalKind;
            if (SyntaxFacts.IsTrivia(kind)) continue;
            context.Step(kind, tree.Text.ToString(element.Span));
            if (context.State == CompletionState.Unknown) break;
        }
        return context;
    }

    // The first token of the last member that starts before the anchor; the file's first
    // element when none does.
    private static SyntaxElement FirstElementOfMember(SyntaxTree tree, int anchor)
    {
        var members = tree.Root.Members;
        int found = MemberSearch.LastWhere(members, member => member.FirstToken.Span.Start < anchor);
        return found >= 0 ? tree.ElementOf(members[found].FirstToken) : tree.ElementAt(0);
    }

    /// <summary>Whether only spaces or tabs stand between the line's start and <paramref name="position"/>.</summary>
    private static bool StartsLine(SourceText text, int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '\n' or '\r';
    }
}
