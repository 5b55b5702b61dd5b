using System.Collections.Immutable;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// What fits at the caret. <paramref name="ReplaceSpan"/> is the word around the caret that an
/// accepted item replaces (an empty span at the caret when the caret touches no word).
/// </summary>
public sealed record CompletionList(TextSpan ReplaceSpan, ImmutableArray<CompletionItem> Items)
{
    /// <summary>
    /// True when the list was cut to a sensible length (a project with thousands of names): the
    /// items kept are those that match the word typed so far, and typing more should ask again.
    /// </summary>
    public bool IsIncomplete { get; init; }
}
