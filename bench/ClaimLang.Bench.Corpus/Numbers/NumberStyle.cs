namespace ClaimLang.Bench.Corpus.Numbers;

/// <summary>How a number is written: <c>36e9</c>, <c>36 billion</c> or <c>36000</c>.</summary>
public enum NumberStyle
{
    Exponent,
    ScaleWord,
    Digits,
}
