using ClaimLang.Binding.Meaning;
using ClaimLang.Configuration;
using ClaimLang.Consistency;

namespace ClaimLang.Compilation;

/// <summary>
/// The settings a compilation reads and reports claims with (from claimlang.json): how amounts
/// are read, and the severity of each code, applied by the compilation itself (as Roslyn's
/// specific diagnostic options are) so every host reports the same.
/// </summary>
public sealed record CompilationOptions(MeaningOptions Meaning)
{
    public static CompilationOptions Default { get; } = new(MeaningOptions.Default);

    /// <summary>
    /// An editor's compilation, checked again after every edit: the search for claims of a
    /// conflicting group that no finding names yet stops at a fortieth of the work a check spends
    /// on it (docs/semantics.md), so a large group does not hold up every keystroke. Findings
    /// are the same but for claims that only that longer search names.
    /// </summary>
    public bool Interactive { get; init; }

    /// <summary>The steps the search for claims no finding names may take per group (<see cref="Interactive"/>).</summary>
    internal long ConsistencySearchWork => Interactive ? FlowGroupChecker.InteractiveSearchWork : FlowGroupChecker.SearchWork;

    /// <summary>The per-code severities; every code at its default unless the configuration says otherwise.</summary>
    internal SeverityPolicy Severities { get; init; } = SeverityPolicy.Default;

    /// <summary>The options a project's claimlang.json sets.</summary>
    internal static CompilationOptions From(ClaimLangConfiguration configuration) =>
        new(new MeaningOptions(Rational.FromDecimal(configuration.ApproximateTolerance), configuration.RoundingTolerance))
        {
            Severities = SeverityPolicy.From(configuration),
        };
}
