namespace ClaimLang.Binding;

/// <summary>What a declared name stands for (docs/language.md, "Declarations").</summary>
internal enum SymbolKind
{
    Source,
    Person,
    Entity,
    Metric,
    Unit,
}
