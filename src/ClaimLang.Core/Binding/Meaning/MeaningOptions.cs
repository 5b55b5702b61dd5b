namespace ClaimLang.Binding.Meaning;

/// <summary>How amounts are read (claimlang.json: <c>approximateTolerance</c>, <c>roundingTolerance</c>).</summary>
public sealed record MeaningOptions(Rational ApproximateTolerance, bool RoundingTolerance)
{
    internal static MeaningOptions Default { get; } = new(new Rational(1, 10), true);
}
