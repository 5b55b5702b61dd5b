using System.Text;
using ClaimLang.Formatting;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// A claim in one short line for an outline: who says it, then what, in canonical spacing and
/// without the keywords, e.g. <c>Bloomberg quoting de_Mistura: Iran -> Syria aid 6e9 USD/yr 2018</c>.
/// Qualifiers are left out. Missing tokens (syntax errors) are skipped, so a broken claim
/// still reads as far as it was written.
/// </summary>
internal static class DocumentSymbolsClaimSummary
{
    /// <summary>What an outline shows for a claim with no token to show.</summary>
    public const string Empty = "claim";

    public static string Of(ClaimSyntax claim)
    {
        var text = new StringBuilder();
        AppendName(text, claim.Source, "");
        foreach (QuotingClauseSyntax speaker in claim.Speakers) AppendName(text, speaker.Speaker, " quoting ");
        int attribution = text.Length;

        // The subject, metric, amount, unit and period are one run of tokens, read without making the claim's nodes.
        SyntaxTree tree = claim.Tree;
        SyntaxToken last = claim.PeriodEnd ?? claim.PeriodStart;
        SyntaxKind previous = SyntaxKind.None;
        for (int index = claim.SubjectFrom.Index; index <= last.Index; index++)
        {
            SyntaxToken token = tree.GetToken(index);
            if (token.IsMissing) continue;
            if (text.Length == attribution && attribution > 0) text.Append(": ");
            else if (previous != SyntaxKind.None) text.Append(TokenSpacing.Between(previous, token.Kind, LayoutRole.MemberContinuation));
            text.Append(token.AsSpan());
            previous = token.Kind;
        }
        return text.Length == 0 ? Empty : text.ToString();
    }

    private static void AppendName(StringBuilder text, SyntaxToken name, string separator)
    {
        if (name.IsMissing) return;
        if (text.Length > 0) text.Append(separator);
        text.Append(name.AsSpan());
    }
}
