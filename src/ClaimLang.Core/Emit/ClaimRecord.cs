using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// One claim as the dataset holds it (docs/language.md, "The dataset"). Amounts are the intervals the
/// claim admits, as the nearest doubles; null is an open bound, or a value a claim without a
/// meaning (one with a problem reported as a warning) does not have.
/// </summary>
public sealed record ClaimRecord(
    string Id,
    string File,
    int Line,
    string Source,
    ImmutableArray<string> Speakers,
    string Attribution,
    string From,
    string? To,
    string Subject,
    string? Metric,
    string Amount,
    string Unit,
    string? RatePer,
    double? Low,
    double? High,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    double? DurationYears,
    double? TotalLow,
    double? TotalHigh,
    string? AsOf,
    string? Status,
    string? Note,
    string? Cite,
    ImmutableArray<string> Conflicts)
{
    /// <summary>Whether <see cref="Id"/> is the claim's label (else it is FILE:LINE, or FILE:LINE#N for the N-th claim starting on a line).</summary>
    internal bool IsLabelled { get; init; }
}
