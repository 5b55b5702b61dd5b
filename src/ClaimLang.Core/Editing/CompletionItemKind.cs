namespace ClaimLang.Editing;

/// <summary>What a completion item inserts: a keyword, a declared name of a kind, a unit, an attribute name or an attribute's value.</summary>
public enum CompletionItemKind
{
    Keyword,
    Source,
    Person,
    Entity,
    Metric,
    Unit,
    Attribute,
    Value,
}
