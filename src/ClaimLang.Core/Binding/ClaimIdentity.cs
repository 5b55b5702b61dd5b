using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// A claim's id: its label, or <c>FILE:LINE</c> of its first token, FILE being the document's
/// path in the project (relative to the project root), so the same project gives the same ids
/// from whichever folder a command runs. The dataset, findings and the editor all name claims so.
/// </summary>
internal static class ClaimIdentity
{
    /// <summary>The id of <paramref name="claim"/>.</summary>
    public static string Of(ClaimSyntax claim) => Of(claim, LineOf(claim));

    /// <summary>The id of <paramref name="claim"/>, whose first token is on <paramref name="line"/> (1-based), already known.</summary>
    public static string Of(ClaimSyntax claim, int line) =>
        claim.Label is { } label ? label.Identifier.Text : $"{claim.Tree.FilePath}:{line}";

    /// <summary>The 1-based line of the claim's first token (its label's name, else its <c>source</c> keyword).</summary>
    public static int LineOf(ClaimSyntax claim) => claim.Tree.Text.GetLinePosition(Consistency.ClaimLocation.Start(claim)).Line + 1;
}
