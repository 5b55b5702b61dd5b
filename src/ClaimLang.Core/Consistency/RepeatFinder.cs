using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// CL4003: a claim whose attribution already stated the same thing (<see cref="RepeatKey"/>)
/// earlier in the group, paired with the first such statement.
/// </summary>
internal sealed class RepeatFinder
{
    // Up to this many claims a group is searched pair by pair (cheaper than hashing each
    // claim's key); beyond it through a table, so a large group stays linear.
    private const int PairwiseLimit = 48;

    private readonly Dictionary<RepeatKey, int> _first = [];

    /// <summary>Fills <paramref name="repeats"/> with (claim, its first statement) for every repeat, in group order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Find(List<ClaimMeaning> claims, List<(int Claim, int First)> repeats)
    {
        repeats.Clear();
        if (claims.Count <= PairwiseLimit)
        {
            for (int i = 1; i < claims.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (!RepeatKey.Same(claims[i], claims[j])) continue;
                    repeats.Add((i, j));
                    break;
                }
            }
            return;
        }
        _first.Clear();
        for (int i = 0; i < claims.Count; i++)
        {
            ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, new RepeatKey(claims[i]), out bool exists);
            if (exists) repeats.Add((i, first));
            else first = i;
        }
        // A table grown by one large group would make clearing it costly for every group after.
        _first.Clear();
        _first.TrimExcess();
    }
}
