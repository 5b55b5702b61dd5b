using System.Runtime.CompilerServices;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// Numbers the distinct (subject, metric, unit) groups of a check in the order they first
/// appear. A hash table of its own, in plain arrays, rather than a dictionary keyed by a
/// struct: the check runs once per process, before the runtime has optimised a generic
/// dictionary's code for a new key type, and looking up every claim's group was then the
/// largest part of the check.
/// </summary>
internal sealed class GroupTable
{
    private int[] _bucket = new int[1024]; // group + 1 per slot, 0 when empty
    private int[] _hash = new int[512];
    private GroupKey[] _keys = new GroupKey[512];

    public int Count { get; private set; }

    /// <summary>The groups' keys, by number.</summary>
    public ReadOnlySpan<GroupKey> Keys => _keys.AsSpan(0, Count);

    /// <summary>The number of the claim's group, adding the group when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GroupOf(ClaimMeaning claim)
    {
        string from = claim.From, metric = claim.Metric, unit = claim.Unit;
        string? to = claim.To;
        int hash = unchecked(((from.GetHashCode() * 31 + (to is null ? 0 : to.GetHashCode())) * 31 + metric.GetHashCode()) * 31 + unit.GetHashCode());
        hash ^= hash >>> 15;
        int mask = _bucket.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int group = _bucket[slot] - 1;
            if (group < 0) return Add(slot, hash, new GroupKey(from, to, metric, unit));
            if (_hash[group] != hash) continue;
            ref GroupKey key = ref _keys[group];
            if (string.Equals(key.From, from) && string.Equals(key.To, to) && string.Equals(key.Metric, metric) && string.Equals(key.Unit, unit))
                return group;
        }
    }

    private int Add(int slot, int hash, GroupKey key)
    {
        int group = Count++;
        if (group == _keys.Length)
        {
            Array.Resize(ref _keys, group * 2);
            Array.Resize(ref _hash, group * 2);
        }
        _keys[group] = key;
        _hash[group] = hash;
        _bucket[slot] = group + 1;
        // At most half full, so probes stay short.
        if (Count * 2 > _bucket.Length) Rehash();
        return group;
    }

    private void Rehash()
    {
        _bucket = new int[_bucket.Length * 2];
        int mask = _bucket.Length - 1;
        for (int group = 0; group < Count; group++)
        {
            int slot = _hash[group] & mask;
            while (_bucket[slot] != 0) slot = (slot + 1) & mask;
            _bucket[slot] = group + 1;
        }
    }
}
