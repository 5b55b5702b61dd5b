namespace ClaimLang.Cli.Output;

/// <summary>
/// The line under a source line that points at a span: <c>^</c> at its start, <c>~</c> under the
/// rest of it. A span running onto later lines is clipped to its first line.
/// </summary>
internal static class SourceMarker
{
    /// <param name="line">The source line, without its line break.</param>
    /// <param name="startCharacter">Where the span starts in <paramref name="line"/> (UTF-16 offset).</param>
    /// <param name="endCharacter">Where the span ends in <paramref name="line"/>, exclusive; clipped to the line.</param>
    public static string Create(string line, int startCharacter, int endCharacter)
    {
        int start = Math.Clamp(startCharacter, 0, line.Length);
        int end = Math.Clamp(endCharacter, start, line.Length);
        var marker = new System.Text.StringBuilder(end + 1);

        // Tabs are copied so the marker lands under the same column however wide the terminal
        // draws a tab; every other character becomes one space.
        for (int i = 0; i < start; i++)
        {
            if (IsSecondHalfOfPair(line, i)) continue;
            marker.Append(line[i] == '\t' ? '\t' : ' ');
        }
        marker.Append('^');
        for (int i = start + 1; i < end; i++)
        {
            if (IsSecondHalfOfPair(line, i)) continue;
            marker.Append(line[i] == '\t' ? '\t' : '~');
        }
        return marker.ToString();
    }

    // A character outside the Basic Multilingual Plane is two UTF-16 units but one column on screen.
    private static bool IsSecondHalfOfPair(string line, int index) =>
        index > 0 && char.IsLowSurrogate(line[index]) && char.IsHighSurrogate(line[index - 1]);
}
