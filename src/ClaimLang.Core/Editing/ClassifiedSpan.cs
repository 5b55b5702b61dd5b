using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// One classified piece of a file: never empty, never across a line break.
/// <paramref name="IsDeclaration"/> marks the place that declares a name: a declaration's name, a claim's label.
/// </summary>
public readonly record struct ClassifiedSpan(TextSpan Span, SemanticClass Class, bool IsDeclaration);
