using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ClaimLang.Binding.Units;

/// <summary>
/// The units every project has without declaring them (docs/language.md, "Declarations"): every ISO 4217 code of
/// the embedded list (kind currency), <c>%</c> (percent) and <c>count</c> (count). Names are
/// case-sensitive like every name in the language: <c>usd</c> is not <c>USD</c>.
/// </summary>
internal static class BuiltInUnits
{
    public const string PercentName = "%";
    public const string CountName = "count";

    private static readonly Lazy<ImmutableArray<UnitInfo>> AllUnits = new(CreateAll);
    private static readonly Lazy<FrozenDictionary<string, UnitInfo>> UnitsByName =
        new(() => All.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal));
    private static readonly Lazy<FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>>> UnitsBySpan =
        new(() => UnitsByName.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static UnitInfo Percent { get; } = new(PercentName, UnitKind.Percent, IsBuiltIn: true);

    public static UnitInfo Count { get; } = new(CountName, UnitKind.Count, IsBuiltIn: true);

    /// <summary>The ISO 4217 currencies in code order, then <c>%</c> and <c>count</c>.</summary>
    public static ImmutableArray<UnitInfo> All => AllUnits.Value;

    /// <summary>The ISO 4217 list the currency units come from.</summary>
    public static ImmutableArray<Iso4217Currency> Currencies => Iso4217Table.Current.Currencies;

    /// <summary>Exact, case-sensitive lookup.</summary>
    public static bool TryGet(string name, [MaybeNullWhen(false)] out UnitInfo unit) =>
        UnitsByName.Value.TryGetValue(name, out unit);

    /// <summary>The same lookup by a token's characters.</summary>
    public static bool TryGet(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out UnitInfo unit) =>
        UnitsBySpan.Value.TryGetValue(name, out unit);

    public static bool IsBuiltIn(string name) => UnitsByName.Value.ContainsKey(name);

    /// <summary>
    /// The built-in unit whose name equals <paramref name="name"/> ignoring case (<c>usd</c> finds
    /// <c>USD</c>), for a "did you mean" hint; null when there is none.
    /// </summary>
    public static UnitInfo? FindCaseInsensitive(string name) =>
        All.Where(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    private static ImmutableArray<UnitInfo> CreateAll() =>
    [
        .. Iso4217Table.Current.Currencies.Select(c => new UnitInfo(c.Code, UnitKind.Currency, IsBuiltIn: true) { Iso4217 = c }),
        Percent,
        Count,
    ];
}
