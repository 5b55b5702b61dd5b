using ClaimLang.Binding;
namespace ClaimLang.Binding.Units;

/// <summary>Picks the known unit name an unknown one was probably meant to be.</summary>
internal static class UnitNameSuggester
{
    // With 178 three-letter currency codes, a short name is one edit from several of them ("USF"
    // from USD and USN), so below this length only a case-insensitive match is a safe hint.
    private const int ShortestNameForEditDistance = 4;

    private const int MostEdits = 2;

    /// <summary>
    /// The candidate equal to <paramref name="name"/> ignoring case; else, for names of at least
    /// <see cref="ShortestNameForEditDistance"/> characters, the candidate with the fewest edits
    /// (Damerau–Levenshtein, case-insensitive) within the allowance of <see cref="AllowedEdits"/>.
    /// Ties go to the candidate with fewer edits when case counts (<c>cout</c> is as far from COU as
    /// from <c>count</c> until case is looked at), then to the ordinally smaller one, so the answer
    /// does not depend on the order of <paramref name="candidates"/>.
    /// </summary>
    public static string? SuggestClosest(string name, IEnumerable<string> candidates)
    {
        string? sameIgnoringCase = null;
        string? closest = null;
        var closestEdits = (IgnoringCase: int.MaxValue, WithCase: int.MaxValue);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal)) continue;
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                if (IsOrdinallyBefore(candidate, sameIgnoringCase)) sameIgnoringCase = candidate;
                continue;
            }
            if (name.Length < ShortestNameForEditDistance) continue;
            var allowed = AllowedEdits(name, candidate);
            if (Math.Abs(name.Length - candidate.Length) > allowed) continue;
            var ignoringCase = EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: true);
            if (ignoringCase > allowed) continue;
            var edits = (IgnoringCase: ignoringCase, WithCase: EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: false));
            if (edits.CompareTo(closestEdits) < 0 || (edits == closestEdits && IsOrdinallyBefore(candidate, closest)))
            {
                closest = candidate;
                closestEdits = edits;
            }
        }
        return sameIgnoringCase ?? closest;
    }

    // Two edits turn a four-letter word into an unrelated currency code ("tons" into TOP), so the
    // allowance grows with length: one edit up to five characters, two from six on.
    private static int AllowedEdits(string name, string candidate) =>
        Math.Clamp(Math.Max(name.Length, candidate.Length) / 3, 1, MostEdits);

    private static bool IsOrdinallyBefore(string candidate, string? best) =>
        best is null || string.CompareOrdinal(candidate, best) < 0;
}
