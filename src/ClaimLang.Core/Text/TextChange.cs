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
        // The new text is written once at its final length: a builder would copy a large file
        // twice, each copy on the large object heap, after every keystroke in an editor.
        TextChange[] ordered = [.. changes];
        int copied = 0;
        long length = text.Length;
        foreach (TextChange change in ordered)
        {
            if (change.Span.Start < copied || change.Span.End > text.Length || change.Span.Length < 0)
                throw new ArgumentException($"The change at {change.Span} is out of order, overlaps another or lies outside the text.", nameof(changes));
            length += (change.NewText?.Length ?? 0) - change.Span.Length;
            copied = change.Span.End;
        }
        return string.Create(checked((int)length), (text, ordered), static (target, state) =>
        {
            int from = 0;
            foreach (TextChange change in state.ordered)
            {
                state.text.AsSpan(from, change.Span.Start - from).CopyTo(target);
                target = target[(change.Span.Start - from)..];
                ReadOnlySpan<char> inserted = change.NewText;
                inserted.CopyTo(target);
                target = target[inserted.Length..];
                from = change.Span.End;
            }
            state.text.AsSpan(from).CopyTo(target);
        });
    }
}
