using ClaimLang.Binding;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>A name an editor may rename: the span of the name at the caret, the name, and the symbol it declares or refers to.</summary>
public sealed record RenameTarget(TextSpan Span, string Name, Symbol Symbol);
