namespace ClaimLang.Syntax;

/// <summary>One entry of a tree's trivia table.</summary>
internal readonly record struct RawTrivia(SyntaxKind Kind, int Start, int Length);
