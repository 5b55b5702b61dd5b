using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// One entry of a file's outline: a declaration or a claim.
/// </summary>
/// <param name="Name">A declaration's name; a claim's label, or a short summary of an unlabelled claim.</param>
/// <param name="Detail">A declaration's kind and display name (<c>source "BBC Persian"</c>); a labelled claim's summary; null otherwise.</param>
/// <param name="Kind">What the entry stands for.</param>
/// <param name="Span">The whole declaration or claim.</param>
/// <param name="SelectionSpan">The part to select when the entry is picked: the declared name, the claim's label, or an unlabelled claim's first token.</param>
public sealed record DocumentSymbolItem(string Name, string? Detail, EditorSymbolKind Kind, TextSpan Span, TextSpan SelectionSpan);
