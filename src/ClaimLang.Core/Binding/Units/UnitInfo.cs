namespace ClaimLang.Binding.Units;

/// <summary>A unit a claim or metric may name: a built-in one or one declared with <c>unit NAME</c>.</summary>
/// <param name="Name">The name as written in claims (<c>USD</c>, <c>%</c>, <c>count</c>, <c>barrel</c>); case-sensitive.</param>
/// <param name="Kind">What it measures; decides which metrics it fits.</param>
/// <param name="IsBuiltIn">True for ISO 4217 codes, <c>%</c> and <c>count</c>.</param>
internal sealed record UnitInfo(string Name, UnitKind Kind, bool IsBuiltIn)
{
    /// <summary>The ISO 4217 row of a built-in currency; null for <c>%</c>, <c>count</c> and declared units.</summary>
    public Iso4217Currency? Iso4217 { get; init; }

    public bool IsCurrency => Kind.IsCurrency;

    public override string ToString() => Name;
}
