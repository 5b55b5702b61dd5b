namespace ClaimLang.Binding;

/// <summary>Edit distance between names, for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The fewest insertions, deletions, substitutions and transpositions of adjacent characters that
    /// turn <paramref name="a"/> into <paramref name="b"/> (the optimal-string-alignment form of
    /// Damerau–Levenshtein: a transposed pair is not edited again). Transpositions count once because
    /// swapped letters ("UDS") are the commonest typo. With <paramref name="ignoreCase"/>, characters
    /// that differ only in case are equal.
    /// </summary>
    public static int DamerauLevenshtein(string a, string b, bool ignoreCase)
    {
        bool Same(char x, char y) => x == y || (ignoreCase && char.ToUpperInvariant(x) == char.ToUpperInvariant(y));

        // Three rows of the usual table: the one two back is needed for transpositions.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    best = Math.Min(best, twoBack[j - 2] + 1);
                current[j] = best;
            }
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length];
    }
}
