using ClaimLang.Bench.Corpus.Cast;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>One group of level claims: one entity's level in one metric, talked about over a few years from <see cref="FirstYear"/>.</summary>
public sealed record LevelSeries(int Index, Entity Subject, Metric Metric, double Base, int FirstYear);
