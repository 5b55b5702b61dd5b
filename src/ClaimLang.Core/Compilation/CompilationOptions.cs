using ClaimLang.Binding.Meaning;
using ClaimLang.Configuration;

namespace ClaimLang.Compilation;

/// <summary>The settings a compilation reads claims with (from claimlang.json).</summary>
public sealed record CompilationOptions(MeaningOptions Meaning)
{
    public static CompilationOptions Default { get; } = new(MeaningOptions.Default);

    /// <summary>The options a project's claimlang.json sets.</summary>
    public static CompilationOptions From(ClaimLangConfiguration configuration) =>
        new(new MeaningOptions(Rational.FromDecimal(configuration.ApproximateTolerance), configuration.RoundingTolerance));
}
