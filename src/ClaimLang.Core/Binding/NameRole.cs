namespace ClaimLang.Binding;

/// <summary>The place a name stands in a claim, which decides the kinds it may refer to.</summary>
internal enum NameRole
{
    Source,
    Speaker,
    Entity,
    Metric,
}
