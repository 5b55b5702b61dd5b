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
    public static string Of(SyntaxNode node)
    {
        var text = new StringBuilder();
        SyntaxKind previous = SyntaxKind.None;
        foreach (SyntaxToken token in node.DescendantTokens())
        {
            // Claims hold no attribute blocks: the role of a claim's inner tokens is all there is.
            if (previous != SyntaxKind.None) text.Append(TokenSpacing.Between(previous, token.Kind, LayoutRole.MemberContinuation));
            text.Append(token.AsSpan());
            previous = token.Kind;
        }
        return text.ToString();
    }
}
