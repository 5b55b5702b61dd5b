namespace ClaimLang.Binding;

/// <summary>
/// Finds the declared name closest to a misspelt one, for "did you mean" hints: first a name
/// that differs only in case, then the one with the fewest edits (<see cref="EditDistance"/>),
/// if few enough for the name's length (a third of it, at least one). Ties go to the
/// ordinally first name, so hints are the same on every run.
/// </summary>
internal static class NameSuggester
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Max(1, name.Length / 3);
        foreach (string candidate in candidates)
        {
            if (candidate == name) continue;
            int distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: true);
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
