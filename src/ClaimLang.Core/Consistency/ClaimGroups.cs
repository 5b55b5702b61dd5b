using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// The claims that take part in checks, grouped by (subject, metric, unit) in one array: the
/// claims of group g are <see cref="Claims"/>[<see cref="GroupStart"/>[g]..GroupStart[g + 1]),
/// in the order they arrived, and the groups are numbered in the order findings come out in
/// (<see cref="GroupKey.Compare"/>). One array and a few counts instead of a list per group:
/// a large project has tens of thousands of groups, most of them small.
/// </summary>
internal sealed class ClaimGroups
{
    private ClaimGroups(ClaimMeaning[] claims, int[] groupStart, GroupKey[] keys, bool inClaimOrder)
    {
        Claims = claims;
        GroupStart = groupStart;
        Keys = keys;
        InClaimOrder = inClaimOrder;
    }

    public ClaimMeaning[] Claims { get; }

    public int[] GroupStart { get; }

    public GroupKey[] Keys { get; }

    public int Count => Keys.Length;

    /// <summary>Whether the claims arrived in <see cref="ClaimOrder"/>, and so every group is in it already.</summary>
    public bool InClaimOrder { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimGroups Of(IEnumerable<ClaimMeaning> meanings)
    {
        var table = new GroupTable();
        var arrived = new List<ClaimMeaning>();
        var arrivedGroup = new List<int>();
        bool inOrder = true;
        ClaimMeaning? previous = null;
        int previousStart = 0;
        foreach (ClaimMeaning meaning in meanings)
        {
            if (!meaning.TakesPartInChecks) continue;
            int start = ClaimOrder.Key(meaning.Claim);
            if (inOrder && previous is not null) inOrder = ClaimOrder.Compare(previous, previousStart, meaning, start) <= 0;
            previous = meaning;
            previousStart = start;
            arrived.Add(meaning);
            arrivedGroup.Add(table.GroupOf(meaning));
        }

        // Number the groups in finding order, then place each claim by a counting sort, which
        // keeps the claims of a group in the order they arrived.
        int groups = table.Count;
        int[] byKey = GroupKey.Order(table.Keys);
        var keys = new GroupKey[groups];
        var rank = new int[groups];
        for (int r = 0; r < groups; r++)
        {
            keys[r] = table.Keys[byKey[r]];
            rank[byKey[r]] = r;
        }
        var groupStart = new int[groups + 1];
        foreach (int g in arrivedGroup) groupStart[rank[g] + 1]++;
        for (int r = 0; r < groups; r++) groupStart[r + 1] += groupStart[r];
        int[] next = groupStart[..^1];
        var claims = new ClaimMeaning[arrived.Count];
        for (int i = 0; i < arrived.Count; i++) claims[next[rank[arrivedGroup[i]]]++] = arrived[i];
        return new ClaimGroups(claims, groupStart, keys, inOrder);
    }
}
