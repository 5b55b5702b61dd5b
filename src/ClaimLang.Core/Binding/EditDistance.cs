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
    /// <param name="max">
    /// Distances above it are not needed: any value above <paramref name="max"/> is then returned
    /// for them. Only the cells within <paramref name="max"/> of the diagonal are computed, so the
    /// work is about (length × 2·max), not length² — two 50,000-character names a file declares
    /// cost no more than their length.
    /// </param>
    public static int DamerauLevenshtein(string a, string b, bool ignoreCase, int max = int.MaxValue)
    {
        bool Same(char x, char y) => x == y || (ignoreCase && char.ToUpperInvariant(x) == char.ToUpperInvariant(y));

        max = Math.Min(max, Math.Max(a.Length, b.Length));
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        int beyond = max + 1; // any cell off the band: too far to matter

        // Three rows of the usual table: the one two back is needed for transpositions. On the
        // stack for ordinary names: "did you mean" may work out hundreds of distances per name.
        int width = b.Length + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        Span<int> twoBack = rows[..width], previous = rows.Slice(width, width), current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j <= max ? j : beyond;

        for (var i = 1; i <= a.Length; i++)
        {
            int from = Math.Max(1, i - max), to = Math.Min(b.Length, i + max);
            current[0] = i <= max ? i : beyond;
            if (from > 1) current[from - 1] = beyond;
            int rowBest = current[0];
            for (var j = from; j <= to; j++)
            {
                var substitution = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    best = Math.Min(best, twoBack[j - 2] + 1);
                current[j] = Math.Min(best, beyond);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (to < b.Length) current[to + 1] = beyond;
            if (rowBest > max) return beyond; // every path already costs more
            Span<int> reused = twoBack;
            twoBack = previous;
            previous = current;
            current = reused;
        }
        return previous[b.Length];
    }
}
