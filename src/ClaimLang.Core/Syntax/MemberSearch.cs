using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary>Finds a member of a file by binary search: members are in text order, so editor features find the one at a position without walking the file.</summary>
internal static class MemberSearch
{
    /// <summary>
    /// The index of the last member for which <paramref name="isBefore"/> holds, −1 when none;
    /// the condition must hold for the members up to some place and for none after it
    /// (as "starts before a position" does).
    /// </summary>
    public static int LastWhere(ImmutableArray<MemberSyntax> members, Func<MemberSyntax, bool> isBefore)
    {
        int low = 0, high = members.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            if (isBefore(members[middle]))
            {
                found = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        return found;
    }

    /// <summary>The member whose tokens include the token at <paramref name="tokenIndex"/>; null for a token outside every member (the end of file).</summary>
    public static MemberSyntax? Holding(ImmutableArray<MemberSyntax> members, int tokenIndex)
    {
        int index = LastWhere(members, m => m.FirstTokenIndex <= tokenIndex);
        return index >= 0 && members[index].LastTokenIndex >= tokenIndex ? members[index] : null;
    }
}
