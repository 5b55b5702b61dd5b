namespace ClaimLang.Consistency;

/// <summary>Claims are compared within a (subject, metric, unit) group (LANGUAGE.md section 5).</summary>
internal readonly record struct GroupKey(string From, string? To, string Metric, string Unit)
{
    /// <summary>The order findings come out in: subject, then metric, then unit, each ordinal (no object first).</summary>
    public static int Compare(GroupKey a, GroupKey b)
    {
        int order = string.CompareOrdinal(a.From, b.From);
        if (order == 0) order = string.CompareOrdinal(a.To, b.To);
        if (order == 0) order = string.CompareOrdinal(a.Metric, b.Metric);
        if (order == 0) order = string.CompareOrdinal(a.Unit, b.Unit);
        return order;
    }
}
