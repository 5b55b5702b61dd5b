namespace ClaimLang.Bench.Corpus;

/// <summary>What a run of the generator wrote: the .claim files in order, how many claims, and how many of them were written to conflict.</summary>
public sealed record CorpusSummary(IReadOnlyList<string> ClaimFiles, int Claims, int Conflicting);
