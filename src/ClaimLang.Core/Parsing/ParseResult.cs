using Antlr4.Runtime;
using ClaimLang.Parsing.Generated;

namespace ClaimLang.Parsing;

/// <summary>
/// What the parser made of a file: the root context, and for a file with mistakes the recovering
/// parse's errors and the token objects they refer to (every token, trivia included). A file
/// parsed on the fast path lends its token objects from a <see cref="LightTokenSet"/>, given back
/// once the tree is built.
/// </summary>
internal sealed record ParseResult(
    ClaimLangParser.CompilationUnitContext Root, SyntaxErrorStrategy? Recovery, IList<IToken>? RecoveryTokens, LightTokenSet? FastPathTokens = null);
