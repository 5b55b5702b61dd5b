namespace ClaimLang.Bench;

/// <summary>One record of gen_corpus.py's JSON Lines output (the fields a claim needs).</summary>
internal sealed record JsonLinesClaim(string Source, string? From, string? To, string? Subject, string Metric, double Low, string Unit, int Start, int End);
