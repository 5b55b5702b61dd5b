using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Consistency;

/// <summary>
/// A claim's start and location without walking all its tokens: a claim's first token is its
/// label's name or else its <c>source</c> keyword, and its last token is its last qualifier's
/// or else its period's (the order <see cref="ClaimSyntax.ChildNodesAndTokens"/> lists them
/// in). The same answers as <see cref="SyntaxNode.Span"/>, which walks every token of the claim.
/// </summary>
internal static class ClaimLocation
{
    public static int Start(ClaimSyntax claim) => (claim.Label?.Identifier ?? claim.SourceKeyword).Span.Start;

    public static Location Of(ClaimSyntax claim)
    {
        SyntaxNode last = claim.Qualifiers.IsEmpty ? claim.Period : claim.Qualifiers[^1];
        return claim.Tree.GetLocation(TextSpan.FromBounds(Start(claim), last.LastToken.Span.End));
    }
}
