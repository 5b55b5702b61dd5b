namespace ClaimLang.Editing;

/// <summary>Decides the <see cref="WorkspaceSymbolsMatch"/> of a name.</summary>
internal static class WorkspaceSymbolsMatching
{
    /// <summary>How <paramref name="name"/> matches <paramref name="query"/>; every name matches an empty query, as a prefix.</summary>
    public static WorkspaceSymbolsMatch Of(ReadOnlySpan<char> name, string query)
    {
        if (name.Equals(query, StringComparison.OrdinalIgnoreCase)) return WorkspaceSymbolsMatch.Exact;
        if (name.StartsWith(query, StringComparison.OrdinalIgnoreCase)) return WorkspaceSymbolsMatch.Prefix;
        int next = 0;
        foreach (char c in name)
        {
            if (next < query.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(query[next])) next++;
        }
        return next == query.Length ? WorkspaceSymbolsMatch.Subsequence : WorkspaceSymbolsMatch.None;
    }
}
