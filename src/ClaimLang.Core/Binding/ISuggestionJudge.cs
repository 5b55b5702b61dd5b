namespace ClaimLang.Binding;

/// <summary>
/// The rule that picks a suggestion among the names <see cref="NameSuggestionIndex"/> finds near
/// a misspelt one: it is shown each candidate that passes the index's filters, and keeps its best.
/// </summary>
internal interface ISuggestionJudge
{
    /// <summary>The fewest edits (case ignored) of a candidate kept so far; <see cref="int.MaxValue"/> before one. Farther names are not worth a look.</summary>
    int BestDistance { get; }

    /// <summary>Works out how near <paramref name="candidate"/> is and keeps it if it is the best so far.</summary>
    void Judge(string candidate);
}
