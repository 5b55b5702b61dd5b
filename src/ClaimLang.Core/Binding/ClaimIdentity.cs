using System.Runtime.CompilerServices;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// A claim's id: its label, or <c>FILE:LINE</c> of its first token, FILE being the document's
/// path in the project (relative to the project root), so the same project gives the same ids
/// from whichever folder a command runs. The dataset, findings and the editor all name claims so.
/// A line may hold several claims (a claim ends where the next starts): the second unlabelled
/// claim that starts on a line is <c>FILE:LINE#2</c>, the third <c>#3</c>, so ids stay distinct
/// while the usual claim alone on its line keeps the plain form.
/// </summary>
internal static class ClaimIdentity
{
    /// <summary>The id of <paramref name="claim"/>.</summary>
    public static string Of(ClaimSyntax claim) => Of(claim, LineOf(claim));

    /// <summary>The id of <paramref name="claim"/>, whose first token is on <paramref name="line"/> (1-based), already known.</summary>
    public static string Of(ClaimSyntax claim, int line)
    {
        if (claim.Label is { } label) return label.Identifier.Text;
        int earlier = UnlabelledEarlierOnLine(claim, line);
        return earlier == 0 ? $"{claim.Tree.FilePath}:{line}" : $"{claim.Tree.FilePath}:{line}#{earlier + 1}";
    }

    /// <summary>The 1-based line of the claim's first token (its label's name, else its <c>source</c> keyword).</summary>
    public static int LineOf(ClaimSyntax claim) => claim.Tree.Text.GetLinePosition(Consistency.ClaimLocation.Start(claim)).Line + 1;

    // How many unlabelled claims start on the claim's line before it. For a claim alone on its
    // line that is told by the one member before it; when members share lines, the counts of
    // the whole file are worked out once and kept with its tree, so a file of a hundred
    // thousand claims on one line costs one pass, not one walk back per claim.
    private static int UnlabelledEarlierOnLine(ClaimSyntax claim, int line)
    {
        if (claim.Parent is not CompilationUnitSyntax unit) return 0;
        var members = unit.Members;
        int at = PlaceOf(members, claim);
        if (at <= 0 || LineOf(members[at - 1]) != line) return 0;
        return EarlierOnLine.GetValue(unit, Count)[at];
    }

    private static readonly ConditionalWeakTable<CompilationUnitSyntax, int[]> EarlierOnLine = new();

    private static int[] Count(CompilationUnitSyntax unit)
    {
        var members = unit.Members;
        var counts = new int[members.Length];
        int line = -1, unlabelled = 0;
        for (int i = 0; i < members.Length; i++)
        {
            int memberLine = LineOf(members[i]);
            if (memberLine != line) (line, unlabelled) = (memberLine, 0);
            counts[i] = unlabelled;
            if (members[i] is ClaimSyntax { Label: null }) unlabelled++;
        }
        return counts;
    }

    private static int LineOf(MemberSyntax member)
    {
        int start = member is ClaimSyntax claim ? Consistency.ClaimLocation.Start(claim) : member.FirstToken.Span.Start;
        return member.Tree.Text.GetLinePosition(start).Line + 1;
    }

    // The member's place among the file's members, by its first token (members are in token order).
    private static int PlaceOf(System.Collections.Immutable.ImmutableArray<MemberSyntax> members, MemberSyntax member)
    {
        int low = 0, high = members.Length - 1, first = member.FirstTokenIndex;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int token = members[middle].FirstTokenIndex;
            if (token == first) return middle;
            if (token < first) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }
}
