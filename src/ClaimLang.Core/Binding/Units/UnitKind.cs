namespace ClaimLang.Binding.Units;

/// <summary>
/// What a unit measures. A claim's unit fits its metric's unit (else CL2002) exactly when the two
/// kinds are equal. Kinds are names compared ordinally, so a declared unit's <c>kind</c> attribute
/// joins a built-in kind by naming it: <c>unit barrel "Barrel of oil" { kind count }</c> is a count,
/// and <c>unit VEF "Bolívar fuerte" { kind currency }</c> is a currency: the way to use a currency that
/// ISO 4217 no longer lists.
/// </summary>
internal sealed record UnitKind
{
    private UnitKind(string name) => Name = name;

    /// <summary>Every ISO 4217 code (and declared units of kind <c>currency</c>).</summary>
    public static UnitKind Currency { get; } = new("currency");

    /// <summary>The built-in unit <c>%</c>.</summary>
    public static UnitKind Percent { get; } = new("percent");

    /// <summary>The built-in unit <c>count</c>.</summary>
    public static UnitKind Count { get; } = new("count");

    /// <summary>The kind's name: <c>currency</c>, <c>percent</c>, <c>count</c>, or a declared kind such as <c>energy</c>.</summary>
    public string Name { get; }

    public bool IsCurrency => this == Currency;

    /// <summary>The kind called <paramref name="name"/>; <c>Named("count")</c> equals <see cref="Count"/>.</summary>
    public static UnitKind Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new UnitKind(name);
    }

    /// <summary>
    /// The kind of a declared unit: the value of its <c>kind</c> attribute, or, without one, a kind
    /// of its own named after the unit (so it fits only itself and units declared with that kind).
    /// A blank value (<c>kind ""</c>) names no kind, so it counts as none.
    /// <c>kind %</c> means percent, since <c>%</c> is how the language spells the percent unit.
    /// </summary>
    public static UnitKind OfDeclaredUnit(string unitName, string? kindAttribute) => kindAttribute switch
    {
        _ when string.IsNullOrWhiteSpace(kindAttribute) => Named(unitName),
        BuiltInUnits.PercentName => Percent,
        _ => Named(kindAttribute),
    };

    public override string ToString() => Name;
}
