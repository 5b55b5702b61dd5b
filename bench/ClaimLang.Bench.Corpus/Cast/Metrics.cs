namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>
/// The metrics of every corpus: flows in currencies, barrels and people, levels in % and in
/// people. A declared unit (barrel) and the built-in metric (transfer) are among them.
/// </summary>
public static class Metrics
{
    public static readonly Metric Transfer = new("transfer", "", IsFlow: true, "USD", 1e6, 1e9, IsBuiltIn: true);

    public static IReadOnlyList<Metric> Flows { get; } =
    [
        new("aid", "Financial and military aid", IsFlow: true, "USD", 5e7, 5e9),
        new("military_aid", "Weapons, training and advisers", IsFlow: true, "USD", 1e7, 2e9),
        new("loans", "Credit lines and loans", IsFlow: true, "EUR", 1e7, 3e9),
        new("arms_transfers", "Arms deliveries at contract value", IsFlow: true, "USD", 1e6, 1e9),
        new("oil_shipments", "Crude oil shipped", IsFlow: true, "barrel", 1e5, 5e7),
        new("refugees", "People who fled across the border", IsFlow: true, "count", 500, 5e5),
        Transfer,
    ];

    public static IReadOnlyList<Metric> Levels { get; } =
    [
        new("poverty_rate", "Share of the population below the poverty line", IsFlow: false, "%", 5, 55, Min: 0, Max: 100),
        new("unemployment", "Unemployment rate", IsFlow: false, "%", 3, 35, Min: 0, Max: 100),
        new("inflation", "Consumer price inflation, year on year", IsFlow: false, "%", 1, 45, Min: -100),
        new("troop_strength", "Troops deployed", IsFlow: false, "count", 500, 80000, Min: 0),
    ];

    /// <summary>Units the corpus declares (the others are built in: currencies, %, count).</summary>
    public static IReadOnlyList<(string Name, string DisplayName, string Kind)> DeclaredUnits { get; } = [("barrel", "Barrel of oil", "count")];
}
