using ClaimLang.Binding;
namespace ClaimLang.Binding.Units;

/// <summary>Picks the known unit name an unknown one was probably meant to be.</summary>
internal sealed class UnitNameSuggester : ISuggestionJudge
{
    // With 178 three-letter currency codes, a short name is one edit from several of them ("USF"
    // from USD and USN), so below this length only a case-insensitive match is a safe hint.
    private const int ShortestNameForEditDistance = 4;

    private const int MostEdits = 2;

    // Case differences only break ties, so they are counted exactly up to this many beyond the
    // case-blind edits; past it two long names' ties go to the ordinally smaller, and the work
    // per pair stays proportional to the names' length.
    private const int MostCaseEditsCounted = 16;

    private readonly string _name;
    private string? _sameIgnoringCase;
    private string? _closest;
    private (int IgnoringCase, int WithCase) _closestEdits = (int.MaxValue, int.MaxValue);

    private UnitNameSuggester(string name) => _name = name;

    /// <summary>
    /// The candidate equal to <paramref name="name"/> ignoring case; else, for names of at least
    /// <see cref="ShortestNameForEditDistance"/> characters, the candidate with the fewest edits
    /// (Damerau–Levenshtein, case-insensitive) within the allowance of <see cref="AllowedEdits"/>.
    /// Ties go to the candidate with fewer edits when case counts (<c>cout</c> is as far from COU as
    /// from <c>count</c> until case is looked at), then to the ordinally smaller one, so the answer
    /// does not depend on the order of the candidates. Only the names <paramref name="units"/>
    /// finds near are compared.
    /// </summary>
    public static string? SuggestClosest(string name, NameSuggestionIndex units)
    {
        var suggester = new UnitNameSuggester(name);
        units.ShowNear(name, MostEdits, suggester);
        return suggester._sameIgnoringCase ?? suggester._closest;
    }

    public int BestDistance => _sameIgnoringCase is not null ? 0 : _closestEdits.IgnoringCase;

    public void Judge(string candidate)
    {
        if (string.Equals(candidate, _name, StringComparison.Ordinal)) return;
        if (string.Equals(candidate, _name, StringComparison.OrdinalIgnoreCase))
        {
            if (IsOrdinallyBefore(candidate, _sameIgnoringCase)) _sameIgnoringCase = candidate;
            return;
        }
        if (_name.Length < ShortestNameForEditDistance || _sameIgnoringCase is not null) return;
        var allowed = AllowedEdits(_name, candidate);
        if (Math.Abs(_name.Length - candidate.Length) > allowed) return;
        var ignoringCase = EditDistance.DamerauLevenshtein(_name, candidate, ignoreCase: true, max: Math.Min(allowed, _closestEdits.IgnoringCase));
        if (ignoringCase > allowed) return;
        var edits = (IgnoringCase: ignoringCase,
            WithCase: EditDistance.DamerauLevenshtein(_name, candidate, ignoreCase: false, max: ignoringCase + MostCaseEditsCounted));
        if (edits.CompareTo(_closestEdits) < 0 || (edits == _closestEdits && IsOrdinallyBefore(candidate, _closest)))
        {
            _closest = candidate;
            _closestEdits = edits;
        }
    }

    // Two edits turn a four-letter word into an unrelated currency code ("tons" into TOP), so the
    // allowance grows with length: one edit up to five characters, two from six on.
    private static int AllowedEdits(string name, string candidate) =>
        Math.Clamp(Math.Max(name.Length, candidate.Length) / 3, 1, MostEdits);

    private static bool IsOrdinallyBefore(string candidate, string? best) =>
        best is null || string.CompareOrdinal(candidate, best) < 0;
}
