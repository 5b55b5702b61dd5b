using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace ClaimLang.Parsing;

/// <summary>What the parser knew when it met a mistake: the token it could not use, what it expected there, and the rule it was in.</summary>
internal sealed record SyntaxError(IToken Offending, IntervalSet Expected, int RuleIndex);
