using System.Text;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// A unified-style diff of two texts, line by line, for baseline failures: "-" lines are
/// expected and missing, "+" lines are produced and unexpected, with three lines of context.
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;

    // The longest-common-subsequence table is quadratic; baselines are far below this.
    private const long MaxCells = 25_000_000;

    public static string Unified(string expected, string actual, string expectedName, string actualName)
    {
        string[] a = SplitLines(expected);
        string[] b = SplitLines(actual);
        var builder = new StringBuilder();
        builder.Append("--- ").Append(expectedName).Append('\n');
        builder.Append("+++ ").Append(actualName).Append('\n');
        if ((long)a.Length * b.Length > MaxCells)
        {
            int first = FirstDifference(a, b);
            builder.Append($"@@ texts too large to diff; first difference at line {first + 1} @@\n");
            if (first < a.Length) builder.Append('-').Append(a[first]).Append('\n');
            if (first < b.Length) builder.Append('+').Append(b[first]).Append('\n');
            return builder.ToString();
        }
        AppendHunks(builder, Edits(a, b), a, b);
        return builder.ToString();
    }

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0) return [];
        string[] lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static int FirstDifference(string[] a, string[] b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    // Each edit: ' ' keeps a[i] (= b[j]), '-' drops a[i], '+' adds b[j].
    private static List<(char Op, int I, int J)> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var edits = new List<(char, int, int)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) edits.Add((' ', x++, y++));
            // On a tie, drop before adding, so removed lines print above their replacements.
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(('-', x++, y));
            else edits.Add(('+', x, y++));
        }
        return edits;
    }

    private static void AppendHunks(StringBuilder builder, List<(char Op, int I, int J)> edits, string[] a, string[] b)
    {
        int k = 0;
        while (k < edits.Count)
        {
            if (edits[k].Op == ' ') { k++; continue; }
            int start = Math.Max(0, k - Context);
            // A hunk runs on while the next change is within two contexts of the last one.
            int lastChange = k;
            for (int m = k + 1; m < edits.Count && m - lastChange <= 2 * Context; m++)
            {
                if (edits[m].Op != ' ') lastChange = m;
            }
            int end = Math.Min(edits.Count - 1, lastChange + Context);
            int oldCount = 0, newCount = 0;
            for (int m = start; m <= end; m++)
            {
                if (edits[m].Op != '+') oldCount++;
                if (edits[m].Op != '-') newCount++;
            }
            builder.Append($"@@ -{edits[start].I + 1},{oldCount} +{edits[start].J + 1},{newCount} @@\n");
            for (int m = start; m <= end; m++)
            {
                (char op, int i, int j) = edits[m];
                builder.Append(op).Append(op == '+' ? b[j] : a[i]).Append('\n');
            }
            k = end + 1;
        }
    }
}
