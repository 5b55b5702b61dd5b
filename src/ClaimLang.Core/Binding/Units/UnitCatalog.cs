using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ClaimLang.Binding.Units;

/// <summary>
/// Every unit a project's claims may name: the built-in ones and the project's <c>unit</c>
/// declarations. Immutable, so one catalog can serve every file of a compilation, on any thread.
/// </summary>
internal sealed class UnitCatalog
{
    private readonly FrozenDictionary<string, UnitInfo> declaredByName;
    private readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> declaredBySpan;

    // "Did you mean" compares an unknown unit only with the names the index finds near it, and
    // each distinct unknown unit once: a project may declare and misspell thousands.
    private const int MostSuggestionsRemembered = 100_000;
    private readonly Lazy<NameSuggestionIndex> _names;
    private readonly ConcurrentDictionary<string, string?> _suggested = new(StringComparer.Ordinal);

    private UnitCatalog(ImmutableArray<UnitInfo> declaredUnits)
    {
        _names = new Lazy<NameSuggestionIndex>(() => new NameSuggestionIndex(AllNames()));
        DeclaredUnits = declaredUnits;
        declaredByName = declaredUnits.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal);
        declaredBySpan = declaredByName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A catalog of a project that declares no units.</summary>
    public static UnitCatalog BuiltInOnly { get; } = new([]);

    /// <summary>The project's own units, in declaration order.</summary>
    public ImmutableArray<UnitInfo> DeclaredUnits { get; }

    /// <summary>
    /// The catalog of the built-in units plus <paramref name="declaredUnits"/>. A declaration whose
    /// name is already a unit (built-in, or declared before it in the sequence) is left out and
    /// reported in <see cref="UnitCatalogBuildResult.Conflicts"/>.
    /// </summary>
    public static UnitCatalogBuildResult Build(IEnumerable<DeclaredUnit> declaredUnits)
    {
        var accepted = new Dictionary<string, (UnitInfo Unit, DeclaredUnit Declaration)>(StringComparer.Ordinal);
        var inOrder = ImmutableArray.CreateBuilder<UnitInfo>();
        var conflicts = ImmutableArray.CreateBuilder<UnitConflict>();
        foreach (var declared in declaredUnits)
        {
            if (BuiltInUnits.TryGet(declared.Name, out var builtIn))
            {
                conflicts.Add(new UnitConflict(declared, builtIn, EarlierDeclaration: null));
            }
            else if (accepted.TryGetValue(declared.Name, out var earlier))
            {
                conflicts.Add(new UnitConflict(declared, earlier.Unit, earlier.Declaration));
            }
            else
            {
                var unit = new UnitInfo(declared.Name, UnitKind.OfDeclaredUnit(declared.Name, declared.KindName), IsBuiltIn: false);
                accepted.Add(declared.Name, (unit, declared));
                inOrder.Add(unit);
            }
        }
        return new UnitCatalogBuildResult(new UnitCatalog(inOrder.ToImmutable()), conflicts.ToImmutable());
    }

    /// <summary>Exact, case-sensitive lookup of a built-in or declared unit.</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out UnitInfo unit) =>
        BuiltInUnits.TryGet(name, out unit) || declaredByName.TryGetValue(name, out unit);

    /// <summary>The same lookup by a token's characters, without making a string of them.</summary>
    public bool TryGet(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out UnitInfo unit) =>
        BuiltInUnits.TryGet(name, out unit) || declaredBySpan.TryGetValue(name, out unit);

    public bool Contains(string name) => TryGet(name, out _);

    /// <summary>
    /// Whether a claim in <paramref name="claimUnit"/> fits a metric measured in
    /// <paramref name="metricUnit"/> (false is CL2002): the two are of the same kind. Any currency fits
    /// a currency metric, <c>%</c> only a percent one, <c>count</c> and units declared <c>kind count</c>
    /// fit each other.
    /// </summary>
    public static bool AreCompatible(UnitInfo metricUnit, UnitInfo claimUnit) => metricUnit.Kind == claimUnit.Kind;

    /// <inheritdoc cref="AreCompatible(UnitInfo, UnitInfo)"/>
    /// <exception cref="ArgumentException">A name is not in the catalog (report CL2001 for it instead).</exception>
    public bool AreCompatible(string metricUnit, string claimUnit) =>
        AreCompatible(GetKnown(metricUnit, nameof(metricUnit)), GetKnown(claimUnit, nameof(claimUnit)));

    /// <summary>
    /// Whether claims in <paramref name="a"/> and in <paramref name="b"/> fall in one group and are
    /// checked against each other: only when they are the same unit. Compatible is not enough: the
    /// catalog knows no exchange rates, so USD and EUR claims about one metric are never compared.
    /// </summary>
    public static bool AreComparable(UnitInfo a, UnitInfo b) => string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    /// <inheritdoc cref="AreComparable(UnitInfo, UnitInfo)"/>
    /// <exception cref="ArgumentException">A name is not in the catalog.</exception>
    public bool AreComparable(string a, string b) => AreComparable(GetKnown(a, nameof(a)), GetKnown(b, nameof(b)));

    /// <summary>
    /// The unit an unknown name was probably meant to be, for CL2001's "did you mean": one that equals
    /// it ignoring case, else, for names longer than 3 characters, the closest within 2 edits; ties go
    /// to the ordinally smaller name. Null when nothing is close or when <paramref name="name"/> is
    /// itself a unit.
    /// </summary>
    public string? SuggestClosest(string name)
    {
        if (Contains(name)) return null;
        if (_suggested.TryGetValue(name, out string? known)) return known;
        string? closest = UnitNameSuggester.SuggestClosest(name, _names.Value);
        if (_suggested.Count < MostSuggestionsRemembered) _suggested.TryAdd(name, closest);
        return closest;
    }

    private IEnumerable<string> AllNames() => BuiltInUnits.All.Concat(DeclaredUnits).Select(u => u.Name);

    private UnitInfo GetKnown(string name, string parameterName) =>
        TryGet(name, out var unit) ? unit : throw new ArgumentException($"'{name}' is not a known unit.", parameterName);
}
