using System.Runtime.CompilerServices;

namespace ClaimLang.Consistency;

/// <summary>Claims are compared within a (subject, metric, unit) group (docs/language.md, "Meaning").</summary>
internal readonly record struct GroupKey(string From, string? To, string Metric, string Unit)
{
    /// <summary>The order findings come out in: subject, then metric, then unit, each ordinal (no object first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in GroupKey a, in GroupKey b)
    {
        int order = string.CompareOrdinal(a.From, b.From);
        if (order == 0) order = string.CompareOrdinal(a.To, b.To);
        if (order == 0) order = string.CompareOrdinal(a.Metric, b.Metric);
        if (order == 0) order = string.CompareOrdinal(a.Unit, b.Unit);
        return order;
    }

    /// <summary>
    /// The groups' numbers in <see cref="Compare"/> order. A merge sort of its own, for the same
    /// reason as <see cref="GroupTable"/>: the runtime's sort for a new key type runs unoptimised
    /// in a check's single pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Order(ReadOnlySpan<GroupKey> keys)
    {
        int count = keys.Length;
        var order = new int[count];
        var spare = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        for (int width = 1; width < count; width *= 2)
        {
            for (int left = 0; left < count; left += 2 * width)
            {
                int middle = Math.Min(left + width, count), right = Math.Min(left + 2 * width, count);
                int a = left, b = middle, k = left;
                while (a < middle && b < right) spare[k++] = Compare(keys[order[b]], keys[order[a]]) < 0 ? order[b++] : order[a++];
                while (a < middle) spare[k++] = order[a++];
                while (b < right) spare[k++] = order[b++];
            }
            (order, spare) = (spare, order);
        }
        return order;
    }
}
