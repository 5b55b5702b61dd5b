namespace ClaimLang.Syntax;

/// <summary>What a declaration declares (LANGUAGE.md section 3).</summary>
internal enum DeclarationKind
{
    Source,
    Person,
    Entity,
    Metric,
    Unit,
}
