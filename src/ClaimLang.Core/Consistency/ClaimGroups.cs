using System.Runtime.InteropServices;
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
    private ClaimGroups(ClaimMeaning[] claims, int[] starts, int[] groupStart, GroupKey[] keys, bool inClaimOrder)
    {
        Claims = claims;
        Starts = starts;
        GroupStart = groupStart;
        Keys = keys;
        InClaimOrder = inClaimOrder;
    }

    public ClaimMeaning[] Claims { get; }

    /// <summary>Each claim's start in its file (<see cref="ClaimLocation.Start"/>), for ordering.</summary>
    public int[] Starts { get; }

    public int[] GroupStart { get; }

    public GroupKey[] Keys { get; }

    public int Count => Keys.Length;

    /// <summary>Whether the claims arrived in <see cref="ClaimOrder"/>, and so every group is in it already.</summary>
    public bool InClaimOrder { get; }

    public static ClaimGroups Of(IEnumerable<ClaimMeaning> meanings)
    {
        var groupOf = new Dictionary<GroupKey, int>();
        var arrived = new List<ClaimMeaning>();
        var arrivedGroup = new List<int>();
        var arrivedStart = new List<int>();
        var keys = new List<GroupKey>();
        bool inOrder = true;
        ClaimMeaning? previous = null;
        int previousStart = 0;
        foreach (ClaimMeaning meaning in meanings)
        {
            if (!meaning.TakesPartInChecks) continue;
            ref int group = ref CollectionsMarshal.GetValueRefOrAddDefault(groupOf, new GroupKey(meaning.From, meaning.To, meaning.Metric, meaning.Unit), out bool exists);
            if (!exists)
            {
                group = keys.Count;
                keys.Add(new GroupKey(meaning.From, meaning.To, meaning.Metric, meaning.Unit));
            }
            int start = ClaimLocation.Start(meaning.Claim);
            if (inOrder && previous is not null) inOrder = ClaimOrder.Compare(previous, previousStart, meaning, start) <= 0;
            previous = meaning;
            previousStart = start;
            arrived.Add(meaning);
            arrivedGroup.Add(group);
            arrivedStart.Add(start);
        }

        // Number the groups in finding order, then place each claim by a counting sort, which
        // keeps the claims of a group in the order they arrived.
        int groups = keys.Count;
        GroupKey[] sortedKeys = [.. keys];
        int[] rank = new int[groups];
        int[] byKey = new int[groups];
        for (int g = 0; g < groups; g++) byKey[g] = g;
        Array.Sort(sortedKeys, byKey, Comparer<GroupKey>.Create(GroupKey.Compare));
        for (int r = 0; r < groups; r++) rank[byKey[r]] = r;

        int[] groupStart = new int[groups + 1];
        foreach (int g in CollectionsMarshal.AsSpan(arrivedGroup)) groupStart[rank[g] + 1]++;
        for (int r = 0; r < groups; r++) groupStart[r + 1] += groupStart[r];
        int[] next = groupStart[..^1];
        var claims = new ClaimMeaning[arrived.Count];
        var starts = new int[arrived.Count];
        for (int i = 0; i < arrived.Count; i++)
        {
            int at = next[rank[arrivedGroup[i]]]++;
            claims[at] = arrived[i];
            starts[at] = arrivedStart[i];
        }
        return new ClaimGroups(claims, starts, groupStart, sortedKeys, inOrder);
    }
}
