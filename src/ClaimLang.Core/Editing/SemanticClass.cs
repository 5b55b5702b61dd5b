namespace ClaimLang.Editing;

/// <summary>What a piece of a file is, for an editor to colour: names by what they refer to, literals by their type.</summary>
public enum SemanticClass
{
    Keyword,
    Source,
    Person,
    Entity,
    Metric,
    Unit,
    Number,
    Date,
    String,
    Comment,
    /// <summary>A claim label, the claim's stable id.</summary>
    Label,
    /// <summary>An attribute's name inside a declaration's <c>{ }</c>.</summary>
    Attribute,
    /// <summary>An attribute's value when it is a plain name (<c>kind country</c>); literal values are classed as literals.</summary>
    AttributeValue,
    /// <summary>Punctuation: <c>-&gt;</c>, <c>..</c>, <c>&gt;=</c>, <c>~</c>, <c>/</c>, <c>:</c>, braces, and <c>%</c> outside a unit's place.</summary>
    Operator,
    /// <summary>A name that refers to nothing declared (or a unit, time unit or status word that is not one).</summary>
    UnresolvedName,
}
