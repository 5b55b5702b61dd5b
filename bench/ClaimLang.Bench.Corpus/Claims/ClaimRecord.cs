using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// One claim as a plain record, for the peer formats (hledger, JSON Lines): who says it, about
/// what, the figures it states (<see cref="Low"/>, <see cref="High"/>; an open side null; per
/// <see cref="Per"/> when it is a rate) and its period.
/// </summary>
public sealed record ClaimRecord(string? Label, string Source, string Attribution, string? From, string? To, string? Subject,
    string Metric, double? Low, double? High, string Unit, string? Per, ClaimPeriod Period);
