namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Semantic tokens, five integers per token, positions relative to the previous token.</summary>
public sealed record SemanticTokens(int[] Data);
