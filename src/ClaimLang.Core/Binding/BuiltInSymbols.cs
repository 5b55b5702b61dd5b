namespace ClaimLang.Binding;

/// <summary>Names every project has without declaring them (docs/language.md, "Declarations").</summary>
internal static class BuiltInSymbols
{
    /// <summary>The metric a flow claim has when it names none (kind flow, min 0).</summary>
    public static Symbol Transfer { get; } = new("transfer", SymbolKind.Metric, null);
}
