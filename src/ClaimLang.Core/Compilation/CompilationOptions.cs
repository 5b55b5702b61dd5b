using ClaimLang.Binding.Meaning;
using ClaimLang.Configuration;

namespace ClaimLang.Compilation;

/// <summary>
/// The settings a compilation reads and reports claims with (from claimlang.json): how amounts
/// are read, and the severity of each code, applied by the compilation itself (as Roslyn's
/// specific diagnostic options are) so every host reports the same.
/// </summary>
public sealed record CompilationOptions(MeaningOptions Meaning)
{
    public static CompilationOptions Default { get; } = new(MeaningOptions.Default);

    /// <summary>The per-code severities; every code at its default unless the configuration says otherwise.</summary>
    internal SeverityPolicy Severities { get; init; } = SeverityPolicy.Default;

    /// <summary>The options a project's claimlang.json sets.</summary>
    internal static CompilationOptions From(ClaimLangConfiguration configuration) =>
        new(new MeaningOptions(Rational.FromDecimal(configuration.ApproximateTolerance), configuration.RoundingTolerance))
        {
            Severities = SeverityPolicy.From(configuration),
        };
}
