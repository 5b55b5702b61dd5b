namespace ClaimLang.Syntax;

/// <summary>
/// The tokens of a claim's amount, read without making its nodes: the binder reads every claim's
/// amount, and nodes for each would be most of a project's syntax tree in memory. Prefix is
/// a bound's operator or '~'; Second is a range's upper end.
/// </summary>
internal readonly record struct ClaimAmountTokens(
    SyntaxKind Form, SyntaxToken? Prefix, SyntaxToken First, SyntaxToken? FirstScale, SyntaxToken? Second, SyntaxToken? SecondScale);
