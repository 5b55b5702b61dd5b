namespace ClaimLang.Syntax;

/// <summary>
/// Which optional parts a claim has after <c>says</c>. Every part takes a fixed number of
/// consecutive tokens (a slot the parser could not fill holds a missing token), so the shape and
/// the index of <c>says</c> locate every token of the claim: the claim keeps these two instead of
/// child nodes, and makes its children only when they are asked for.
/// </summary>
[Flags]
internal enum ClaimShape : ushort
{
    None = 0,

    /// <summary><c>A -&gt; B</c> rather than <c>A</c>.</summary>
    Flow = 1 << 0,

    /// <summary>A metric name follows the subject.</summary>
    Metric = 1 << 1,

    // The amount's form in two bits; none of them is a plain value.
    RangeAmount = 1 << 2,
    BoundAmount = 2 << 2,
    ApproximateAmount = 3 << 2,
    AmountFormMask = 3 << 2,

    /// <summary>The amount's (first) number has a scale word.</summary>
    FirstScale = 1 << 4,

    /// <summary>A range's upper end has a scale word.</summary>
    SecondScale = 1 << 5,

    /// <summary><c>/TIMEUNIT</c> follows the unit.</summary>
    Rate = 1 << 6,

    /// <summary>The period is <c>D1..D2</c>.</summary>
    PeriodRange = 1 << 7,
}
