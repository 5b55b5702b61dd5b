namespace ClaimLang.Core.Tests.Editing;

/// <summary>
/// Source text with caret marks for editor tests: each <c>$$</c> marks a position and is removed,
/// so <c>"source $$BBC says"</c> reads as <c>"source BBC says"</c> with a position at 7.
/// </summary>
internal sealed record MarkedSource(string Text, IReadOnlyList<int> Positions)
{
    private const string Mark = "$$";

    /// <summary>The one marked position; fails when there is not exactly one.</summary>
    public int Position => Positions.Count == 1
        ? Positions[0]
        : throw new InvalidOperationException($"Expected exactly one '{Mark}' mark, found {Positions.Count}.");

    public static MarkedSource Parse(string marked)
    {
        var positions = new List<int>();
        var text = new System.Text.StringBuilder(marked.Length);
        int from = 0;
        for (int at = marked.IndexOf(Mark, StringComparison.Ordinal); at >= 0; at = marked.IndexOf(Mark, from, StringComparison.Ordinal))
        {
            text.Append(marked, from, at - from);
            positions.Add(text.Length);
            from = at + Mark.Length;
        }
        text.Append(marked, from, marked.Length - from);
        return new MarkedSource(text.ToString(), positions);
    }
}
