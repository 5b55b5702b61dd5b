using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;
using ClaimLang.Syntax;

namespace ClaimLang.Consistency;

/// <summary>
/// The order of a group's claims: file (ordinal), then position; claims arrive in it almost
/// always. Within one tree, position is compared through each claim's <see cref="Key"/>.
/// </summary>
internal static class ClaimOrder
{
    /// <summary>
    /// Orders the claims of one tree as their positions do: the index of the claim's
    /// <c>source</c> keyword in the tree's token table. Claims do not overlap, and a label comes
    /// right before its claim's keyword, so this is the order of their first tokens; it reads
    /// only the claim node, where the position needs the token table too (a check orders every
    /// claim, and the table is far away in memory).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Key(ClaimSyntax claim) => claim.SourceKeyword.Index;

    /// <summary>Sorts stably (claims that compare equal keep their order); <paramref name="keys"/> are the claims' <see cref="Key"/>s.</summary>
    public static void Sort(List<ClaimMeaning> claims, int[] keys)
    {
        bool sorted = true;
        for (int i = 1; i < claims.Count && sorted; i++) sorted = Compare(claims[i - 1], keys[i - 1], claims[i], keys[i]) <= 0;
        if (sorted) return;
        int[] arrival = [.. Enumerable.Range(0, claims.Count)];
        ClaimMeaning[] original = [.. claims];
        int[] originalKeys = keys[..claims.Count];
        Array.Sort(arrival, (a, b) => Compare(original[a], originalKeys[a], original[b], originalKeys[b]) is var order && order != 0 ? order : a.CompareTo(b));
        for (int i = 0; i < arrival.Length; i++) claims[i] = original[arrival[i]];
    }

    public static int Compare(ClaimMeaning a, int aKey, ClaimMeaning b, int bKey)
    {
        if (ReferenceEquals(a.Claim.Tree, b.Claim.Tree)) return aKey.CompareTo(bKey);
        int order = string.CompareOrdinal(a.Claim.Tree.FilePath, b.Claim.Tree.FilePath);
        // Two trees under one path: token indices of different trees do not compare, positions do.
        return order != 0 ? order : ClaimLocation.Start(a.Claim).CompareTo(ClaimLocation.Start(b.Claim));
    }
}
