namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>An actor: a country (with its ISO code) or an organisation or group.</summary>
public sealed record Entity(string Name, string DisplayName, string Kind, string? Code);
