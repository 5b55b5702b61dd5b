namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>A claim's text (one line, or two with its qualifiers on the second), its record, and whether it was written to conflict.</summary>
public sealed record ComposedClaim(string Text, ClaimRecord Record, bool Conflicting);
