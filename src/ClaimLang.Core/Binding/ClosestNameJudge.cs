namespace ClaimLang.Binding;

/// <summary><see cref="NameSuggester"/>'s rule: the fewest edits, case ignored, within the limit; ties to the ordinally first name.</summary>
internal sealed class ClosestNameJudge(string name, int limit) : ISuggestionJudge
{
    public int BestDistance { get; private set; } = int.MaxValue;

    public string? Best { get; private set; }

    public void Judge(string candidate)
    {
        if (candidate == name) return;
        int distance = EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: true, max: Math.Min(limit, BestDistance));
        if (distance > limit) return;
        if (distance < BestDistance || (distance == BestDistance && string.CompareOrdinal(candidate, Best) < 0))
        {
            Best = candidate;
            BestDistance = distance;
        }
    }
}
