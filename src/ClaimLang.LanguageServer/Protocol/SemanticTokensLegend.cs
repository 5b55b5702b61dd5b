namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The token type and modifier names the integers of semantic tokens index.</summary>
public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);
