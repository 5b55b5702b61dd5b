using ClaimLang.Binding;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>A name token of a file with the place it stands in.</summary>
/// <param name="Token">The name (an identifier, never missing).</param>
/// <param name="Kind">Where it stands.</param>
/// <param name="Member">The declaration or claim that holds it.</param>
/// <param name="Role">For a <see cref="NavigationNameKind.ClaimName"/>, its place in the claim.</param>
internal readonly record struct NavigationName(SyntaxToken Token, NavigationNameKind Kind, MemberSyntax Member, NameRole Role = default);
