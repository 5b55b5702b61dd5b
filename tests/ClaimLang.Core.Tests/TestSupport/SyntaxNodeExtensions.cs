using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.TestSupport;

internal static class SyntaxNodeExtensions
{
    /// <summary>The kinds of all trivia attached to a node's tokens: skipped text and bad characters show up here.</summary>
    public static IEnumerable<SyntaxKind> TriviaKinds(this SyntaxNode node) =>
        node.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Select(t => t.Kind);
}
