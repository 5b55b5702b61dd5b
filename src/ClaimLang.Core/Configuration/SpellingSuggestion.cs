namespace ClaimLang.Configuration;

/// <summary>"Did you mean" for the configuration: the known spelling closest to a misspelt one.</summary>
internal static class SpellingSuggestion
{
    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="text"/>, ignoring case
    /// (so <c>Include</c> suggests <c>include</c>), when that distance is small for the word's
    /// length: at most 1 up to 5 characters, else a third of the length. A candidate the text
    /// abbreviates (<c>warn</c> for <c>warning</c>) counts as a distance of 1. Ties go to the
    /// earlier candidate, so callers order candidates by preference.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        int allowed = Math.Max(1, text.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Distance(text.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (text.Length >= 3 && candidate.StartsWith(text, StringComparison.OrdinalIgnoreCase)) distance = Math.Min(distance, 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    // Optimal string alignment distance: Levenshtein plus the swap of two neighbours ("exlcude"),
    // the commonest typing slip.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
