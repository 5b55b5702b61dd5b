namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>An amount as written (<c>>= 12e9</c>, <c>14..15 billion</c>, <c>~80</c>) and the figures it states, an open side null.</summary>
public sealed record WrittenAmount(string Text, double? Low, double? High);
