namespace ClaimLang.Editing;

/// <summary>
/// Where the caret stands in the grammar of a member (docs/language.md, "Declarations" and "Claims"), read from
/// the tokens before it: each state names what has just been written.
/// </summary>
internal enum CompletionState
{
    /// <summary>Nothing yet: a declaration or a claim may begin.</summary>
    MemberStart,
    /// <summary>A name at the start of a member: a claim label waiting for its ':'.</summary>
    Label,
    LabelColon,
    /// <summary><c>source</c>: a declaration's new name or a claim's source.</summary>
    AfterSourceKeyword,
    /// <summary><c>LABEL: source</c>: surely a claim's source.</summary>
    AfterClaimSourceKeyword,
    /// <summary><c>source NAME</c>: a complete source declaration, or a claim going on.</summary>
    AfterSourceName,
    AfterClaimSource,
    AfterQuoting,
    AfterSpeaker,
    AfterSays,
    /// <summary>The subject's first entity: an arrow, a metric or the amount follows.</summary>
    AfterFrom,
    AfterArrow,
    AfterTo,
    AfterMetric,
    /// <summary><c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c> or <c>~</c>.</summary>
    AfterAmountOperator,
    /// <summary>A range's lower end or a plain value: a scale word, '..' or the unit follows.</summary>
    AfterFirstNumber,
    AfterFirstScale,
    AfterAmountDots,
    /// <summary>A range's upper end or a bound's value: a scale word or the unit follows.</summary>
    AfterLastNumber,
    AfterLastScale,
    AfterUnit,
    AfterSlash,
    AfterTimeUnit,
    AfterPeriodStart,
    AfterPeriodDots,
    /// <summary>A complete claim: qualifiers may follow.</summary>
    ClaimComplete,
    AfterAs,
    AfterAsOf,
    AfterNote,
    AfterCite,
    AfterStatus,
    AfterDeclarationKeyword,
    AfterDeclarationName,
    AfterDisplayName,
    /// <summary>Inside <c>{ }</c>, where an attribute name or '}' goes.</summary>
    AttributeName,
    AfterAttributeName,
    /// <summary>A numeric attribute value, which a scale word may follow.</summary>
    AfterAttributeNumber,
    AfterAttributeBlock,
    /// <summary>Tokens that fit no member: nothing can be said.</summary>
    Unknown,
}
