namespace ClaimLang.Bench.Corpus.Numbers;

/// <summary>A number as written in a claim, the value it states, and half a unit of its last written digit (the compiler's rounding allowance).</summary>
public readonly record struct WrittenNumber(string Text, double Value, double HalfUnit);
