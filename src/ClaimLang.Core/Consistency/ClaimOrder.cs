using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>The order of a group's claims: file (ordinal), then position; claims arrive in it almost always.</summary>
internal static class ClaimOrder
{
    /// <summary>Sorts stably (claims that compare equal keep their order).</summary>
    public static void Sort(List<ClaimMeaning> claims)
    {
        // A claim's start is its first token's: the node's Span also walks to its last token.
        var starts = new int[claims.Count];
        for (int i = 0; i < claims.Count; i++) starts[i] = claims[i].Claim.FirstToken.Span.Start;
        bool sorted = true;
        for (int i = 1; i < claims.Count && sorted; i++) sorted = Compare(claims[i - 1], starts[i - 1], claims[i], starts[i]) <= 0;
        if (sorted) return;
        int[] arrival = [.. Enumerable.Range(0, claims.Count)];
        ClaimMeaning[] original = [.. claims];
        Array.Sort(arrival, (a, b) => Compare(original[a], starts[a], original[b], starts[b]) is var order && order != 0 ? order : a.CompareTo(b));
        for (int i = 0; i < arrival.Length; i++) claims[i] = original[arrival[i]];
    }

    private static int Compare(ClaimMeaning a, int aStart, ClaimMeaning b, int bStart)
    {
        int order = string.CompareOrdinal(a.Claim.Tree.FilePath, b.Claim.Tree.FilePath);
        return order != 0 ? order : aStart.CompareTo(bStart);
    }
}
