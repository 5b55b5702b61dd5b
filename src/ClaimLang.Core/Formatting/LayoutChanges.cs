using System.Collections.Immutable;
using ClaimLang.Text;

namespace ClaimLang.Formatting;

/// <summary>
/// Compares every gap between segments with what the canonical layout puts there and lists the
/// differences as text changes. Each change covers only the characters that differ (a gap of
/// three spaces where one belongs loses two), so an editor that applies them keeps its cursor and
/// selections where they were; and a file already in canonical layout gives no change at all.
/// </summary>
internal sealed class LayoutChanges
{
    private readonly string _text;
    private readonly ImmutableArray<TextChange>.Builder _changes = ImmutableArray.CreateBuilder<TextChange>();

    private LayoutChanges(string text) => _text = text;

    /// <summary>The changes that bring <paramref name="text"/>, cut into <paramref name="segments"/>, into canonical layout, in text order.</summary>
    public static ImmutableArray<TextChange> Compute(string text, IReadOnlyList<Segment> segments)
    {
        var layout = new GapLayout(LayoutText.LineBreakStyleOf(text));
        var changes = new LayoutChanges(text);
        // A byte-order mark that reached the text (U+FEFF at its very start) marks the encoding; it is not indentation.
        string mark = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        if (segments.Count == 0)
        {
            changes.Gap(0, text.Length, mark); // nothing but whitespace: an empty file
            return changes._changes.ToImmutable();
        }

        changes.Gap(0, segments[0].Start, mark + layout.BeforeFirst(segments[0]));
        for (int i = 1; i < segments.Count; i++)
        {
            changes.Gap(segments[i - 1].End, segments[i].Start, layout.Between(segments[i - 1], segments[i]));
        }
        changes.Gap(segments[^1].End, text.Length, layout.AfterLast);
        return changes._changes.ToImmutable();
    }

    private void Gap(int start, int end, string replacement)
    {
        ReadOnlySpan<char> original = _text.AsSpan(start, end - start);
        if (original.SequenceEqual(replacement)) return;
        int prefix = original.CommonPrefixLength(replacement);
        int suffix = 0;
        int room = Math.Min(original.Length, replacement.Length) - prefix;
        while (suffix < room && original[^(suffix + 1)] == replacement[^(suffix + 1)]) suffix++;
        _changes.Add(new TextChange(
            new TextSpan(start + prefix, original.Length - prefix - suffix),
            replacement.Substring(prefix, replacement.Length - prefix - suffix)));
    }
}
