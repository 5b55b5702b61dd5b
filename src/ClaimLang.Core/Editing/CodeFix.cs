using System.Collections.Immutable;

namespace ClaimLang.Editing;

/// <summary>A quick fix for a diagnostic: a title for the menu and the edits that make it.</summary>
/// <param name="Title">What the fix does, as the menu shows it: <c>Change 'Iram' to 'Iran'</c>.</param>
/// <param name="Changes">The edits, ordered by file and position.</param>
/// <param name="IsPreferred">Whether an editor may apply it on its own ("fix all", fix on save): only the spelling fixes are.</param>
/// <param name="DiagnosticId">The code of the diagnostic it fixes.</param>
public sealed record CodeFix(string Title, ImmutableArray<FileTextChange> Changes, bool IsPreferred, string DiagnosticId);
