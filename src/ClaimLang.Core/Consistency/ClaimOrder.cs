using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>The order of a group's claims: file (ordinal), then position; claims arrive in it almost always.</summary>
internal static class ClaimOrder
{
    /// <summary>Sorts stably (claims that compare equal keep their order); <paramref name="starts"/> are the claims' starts, sorted along.</summary>
    public static void Sort(List<ClaimMeaning> claims, int[] starts)
    {
        bool sorted = true;
        for (int i = 1; i < claims.Count && sorted; i++) sorted = Compare(claims[i - 1], starts[i - 1], claims[i], starts[i]) <= 0;
        if (sorted) return;
        int[] arrival = [.. Enumerable.Range(0, claims.Count)];
        ClaimMeaning[] original = [.. claims];
        int[] originalStarts = starts[..claims.Count];
        Array.Sort(arrival, (a, b) => Compare(original[a], originalStarts[a], original[b], originalStarts[b]) is var order && order != 0 ? order : a.CompareTo(b));
        for (int i = 0; i < arrival.Length; i++)
        {
            claims[i] = original[arrival[i]];
            starts[i] = originalStarts[arrival[i]];
        }
    }

    public static int Compare(ClaimMeaning a, int aStart, ClaimMeaning b, int bStart)
    {
        if (!ReferenceEquals(a.Claim.Tree, b.Claim.Tree))
        {
            int order = string.CompareOrdinal(a.Claim.Tree.FilePath, b.Claim.Tree.FilePath);
            if (order != 0) return order;
        }
        return aStart.CompareTo(bStart);
    }
}
