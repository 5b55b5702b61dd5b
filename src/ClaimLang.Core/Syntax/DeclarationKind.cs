namespace ClaimLang.Syntax;

/// <summary>What a declaration declares (docs/language.md, "Declarations").</summary>
internal enum DeclarationKind
{
    Source,
    Person,
    Entity,
    Metric,
    Unit,
}
