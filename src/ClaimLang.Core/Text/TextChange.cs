namespace ClaimLang.Text;

/// <summary>
/// One edit of a text: the characters of <see cref="Span"/> (counted in the text before any
/// edit) are replaced by <see cref="NewText"/>. An empty span inserts; an empty new text deletes.
/// </summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    /// <summary>
    /// <paramref name="text"/> with <paramref name="changes"/> made. The changes must be ordered by
    /// position and must not overlap, as every list of changes the compiler gives is; all their
    /// spans refer to <paramref name="text"/> as it is, so none shifts another.
    /// </summary>
    /// <exception cref="ArgumentException">A change is out of order, overlaps the one before it or lies outside the text.</exception>
    internal static string Apply(string text, IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(changes);
        var result = new System.Text.StringBuilder(text.Length);
        int copied = 0;
        foreach (TextChange change in changes)
        {
            if (change.Span.Start < copied || change.Span.End > text.Length || change.Span.Length < 0)
                throw new ArgumentException($"The change at {change.Span} is out of order, overlaps another or lies outside the text.", nameof(changes));
            result.Append(text, copied, change.Span.Start - copied).Append(change.NewText);
            copied = change.Span.End;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }
}
