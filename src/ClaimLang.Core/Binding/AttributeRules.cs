using System.Collections.Frozen;

namespace ClaimLang.Binding;

/// <summary>
/// The known attributes of each kind of declaration and the values each takes (docs/language.md,
/// "Declarations"). Other attributes are kept in the dataset and warned about (CL1006).
/// </summary>
internal static class AttributeRules
{
    private static readonly FrozenDictionary<SymbolKind, string[]> Known = new Dictionary<SymbolKind, string[]>
    {
        [SymbolKind.Source] = ["kind", "published", "url", "reliability"],
        [SymbolKind.Person] = ["role"],
        [SymbolKind.Entity] = ["kind", "code"],
        [SymbolKind.Metric] = ["kind", "unit", "min", "max"],
        [SymbolKind.Unit] = ["kind"],
    }.ToFrozenDictionary();

    /// <summary>The known attribute names of a kind of declaration, in the spec's order.</summary>
    public static IReadOnlyList<string> For(SymbolKind kind) => Known[kind];

    public static bool IsKnown(SymbolKind kind, string attribute) => Array.IndexOf(Known[kind], attribute) >= 0;

    /// <summary>Admiralty (NATO) source grading: A (completely reliable) to F (reliability cannot be judged).</summary>
    public static bool IsReliabilityGrade(string value) => value.Length == 1 && value[0] is >= 'A' and <= 'F';

    /// <summary>Metric kinds: an amount moved over time, or a state at a time.</summary>
    public static IReadOnlyList<string> MetricKinds { get; } = ["flow", "level"];
}
