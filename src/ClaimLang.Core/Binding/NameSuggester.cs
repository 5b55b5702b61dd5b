namespace ClaimLang.Binding;

/// <summary>
/// Finds the declared name closest to a misspelt one, for "did you mean" hints: first a name
/// that differs only in case, then the one with the fewest edits (<see cref="EditDistance"/>),
/// if few enough for the name's length (<see cref="LimitFor"/>). Ties go to the ordinally first
/// name, so hints are the same on every run. <see cref="NameSuggestionIndex"/> applies the rule
/// without comparing every pair of names.
/// </summary>
internal static class NameSuggester
{
    /// <summary>No name further than this is suggested: it also bounds the work per candidate by the name's length.</summary>
    public const int MaxEdits = 8;

    /// <summary>The most edits a suggestion for <paramref name="name"/> may be away: a third of its length, at least one, at most <see cref="MaxEdits"/>.</summary>
    public static int LimitFor(string name) => Math.Clamp(name.Length / 3, 1, MaxEdits);

    /// <summary>The closest of a few <paramref name="candidates"/> (an attribute's names); a project's names go through its <see cref="SymbolTable.SuggestionsFor"/>.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates) => new NameSuggestionIndex(candidates).Closest(name);
}
