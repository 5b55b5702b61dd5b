namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>Someone a source quotes.</summary>
public sealed record Person(string Name, string DisplayName, string Role);
