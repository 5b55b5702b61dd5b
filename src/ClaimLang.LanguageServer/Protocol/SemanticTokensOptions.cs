namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Semantic tokens of a whole document and of a range.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, bool Full);
