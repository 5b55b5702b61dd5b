namespace ClaimLang.Editing;

/// <summary>
/// One thing the analyst may write at the caret. <paramref name="Label"/> is the text to insert;
/// <paramref name="Detail"/> a short line beside it (a name's kind and display name, what a
/// unit measures); <paramref name="Documentation"/> a longer plain-text explanation.
/// </summary>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, string? Documentation);
