using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>What a hover shows: <paramref name="Markdown"/> about the token at <paramref name="Span"/>.</summary>
public sealed record HoverInfo(TextSpan Span, string Markdown);
