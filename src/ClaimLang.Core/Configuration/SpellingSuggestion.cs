using ClaimLang.Binding;

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
            int distance = EditDistance.DamerauLevenshtein(text, candidate, ignoreCase: true);
            if (text.Length >= 3 && candidate.StartsWith(text, StringComparison.OrdinalIgnoreCase)) distance = Math.Min(distance, 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }
}
