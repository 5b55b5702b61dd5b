namespace ClaimLang.Bench;

/// <summary>One record of the JSON Lines file claimlang-bench gen --jsonl writes: one claim, the fields it needs.</summary>
internal sealed record JsonLinesClaim(string? Label, string Source, string Attribution, string? From, string? To, string? Subject, string Metric,
    double? Low, double? High, string Unit, string? Per, string Start, string End);
