namespace ClaimLang.Binding;

/// <summary>What a declared name stands for (LANGUAGE.md section 3).</summary>
internal enum SymbolKind
{
    Source,
    Person,
    Entity,
    Metric,
    Unit,
}
