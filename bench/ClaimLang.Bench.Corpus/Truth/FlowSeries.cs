using ClaimLang.Bench.Corpus.Cast;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>One group of flow claims: what goes from one entity to another, in one metric and unit.</summary>
/// <param name="YearlyBase">The order of a year's true amount; each year's varies around it.</param>
public sealed record FlowSeries(int Index, Entity From, Entity To, Metric Metric, double YearlyBase);
