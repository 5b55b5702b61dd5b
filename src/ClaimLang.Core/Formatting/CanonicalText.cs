using System.Text;
using ClaimLang.Syntax;

namespace ClaimLang.Formatting;

/// <summary>
/// A node's tokens on one line, spaced as the canonical layout spaces them, without comments:
/// how messages quote what a claim says (<c>15e9..20e9 USD/yr over 2011..2015</c>). A message then
/// reads the same however the claim was spaced or split over lines, so formatting a file never
/// changes a diagnostic.
/// </summary>
internal static class CanonicalText
{
    // A node's tokens are one run of its tree's token table: read by index, they need no walk
    // of the node's children (messages quote a claim's amount and unit for every finding shown).
    public static string Of(SyntaxNode node) => Of(node.Tree, node.FirstTokenIndex, node.LastTokenIndex);

    /// <summary>
    /// The tokens from <paramref name="first"/> to <paramref name="last"/> (of one tree, in
    /// order), without the node that holds them: what a claim's lazily made parts need not be made for.
    /// </summary>
    public static string Of(SyntaxToken first, SyntaxToken last) => Of(first.Tree, first.Index, last.Index);

    private static string Of(SyntaxTree tree, int first, int last)
    {
        if (first == last) return new SyntaxToken(tree, first).AsSpan().ToString();
        var text = new StringBuilder();
        SyntaxKind previous = SyntaxKind.None;
        for (int index = first; index <= last; index++)
        {
            var token = new SyntaxToken(tree, index);
            // Claims hold no attribute blocks: the role of a claim's inner tokens is all there is.
            if (previous != SyntaxKind.None) text.Append(TokenSpacing.Between(previous, token.Kind, LayoutRole.MemberContinuation));
            text.Append(token.AsSpan());
            previous = token.Kind;
        }
        return text.ToString();
    }
}
