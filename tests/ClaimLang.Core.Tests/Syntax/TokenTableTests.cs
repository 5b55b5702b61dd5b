using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>The compact token table: kinds stored in a byte, trivia split between tokens by rule rather than stored.</summary>
public sealed class TokenTableTests
{
    [Fact]
    public void Every_kind_fits_beside_the_missing_flag()
    {
        foreach (SyntaxKind kind in Enum.GetValues<SyntaxKind>())
            ((int)kind).ShouldBeLessThan(TokenTable.MissingFlag);
    }

    [Fact]
    public void Missing_tokens_are_empty_and_the_last_of_them_takes_the_trivia_after_the_token_before()
    {
        SyntaxTree tree = Parse.Any("source BBC says Iran -> Syria  \n");
        SyntaxToken syria = tree.GetTokens().Single(t => t.Text == "Syria");
        syria.TrailingTrivia.Count.ShouldBe(0);
        SyntaxToken[] missing = tree.GetTokens().Where(t => t.IsMissing).ToArray();
        missing.ShouldNotBeEmpty();
        missing.ShouldAllBe(t => t.Span.Start == syria.Span.End && t.Span.Length == 0);
        missing[^1].TrailingTrivia.Select(t => t.Kind).ShouldBe([SyntaxKind.WhitespaceTrivia, SyntaxKind.EndOfLineTrivia]);
    }

    [Fact]
    public void Skipped_text_leads_the_next_token_rather_than_trailing_the_one_before()
    {
        SyntaxTree tree = Parse.Any("source BBC says Iran 36e9 USD 2011 USD USD\nsource BBC says Iran 1 USD 2012\n");
        SyntaxToken[] tokens = tree.GetTokens().ToArray();
        tokens.ShouldContain(t => t.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.SkippedTokenTrivia));
        tokens.ShouldAllBe(t => t.TrailingTrivia.All(trivia => trivia.Kind != SyntaxKind.SkippedTokenTrivia));
    }
}
