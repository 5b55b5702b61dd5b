namespace ClaimLang.Binding;

/// <summary>
/// Finds the declared name closest to a misspelt one, for "did you mean" hints: first a name
/// that differs only in case, then the one with the fewest edits (<see cref="EditDistance"/>),
/// if few enough for the name's length (a third of it, at least one, at most
/// <see cref="MaxEdits"/>). Ties go to the ordinally first name, so hints are the same on
/// every run.
/// </summary>
internal static class NameSuggester
{
    /// <summary>No name further than this is suggested: it also bounds the work per candidate by the name's length.</summary>
    public const int MaxEdits = 8;

    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Clamp(name.Length / 3, 1, MaxEdits);
        foreach (string candidate in candidates)
        {
            if (candidate == name || Math.Abs(candidate.Length - name.Length) > limit) continue;
            int distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: true, max: Math.Min(limit, bestDistance));
            if (distance > limit) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
