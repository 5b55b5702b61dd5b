namespace ClaimLang.Editing;

/// <summary>What an outline or symbol search entry stands for: one of the declaration kinds, or a claim.</summary>
public enum EditorSymbolKind
{
    Source,
    Person,
    Entity,
    Metric,
    Unit,
    Claim,
}
