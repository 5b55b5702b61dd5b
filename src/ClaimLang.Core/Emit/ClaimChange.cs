using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>A claim found in both versions whose values differ: each changed column with its old and new value as the dataset writes them.</summary>
public sealed record ClaimChange(ClaimRecord Old, ClaimRecord New, ImmutableArray<(string Column, string Old, string New)> Fields);
