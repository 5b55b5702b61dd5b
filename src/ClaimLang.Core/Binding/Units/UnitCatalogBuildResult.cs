using System.Collections.Immutable;

namespace ClaimLang.Binding.Units;

/// <summary>What <see cref="UnitCatalog.Build"/> returns: the catalog, and the declarations it had to reject.</summary>
/// <param name="Catalog">Built-in units plus every declared unit that did not conflict.</param>
/// <param name="Conflicts">Rejected declarations, in the order they were given; empty when there are none.</param>
internal sealed record UnitCatalogBuildResult(UnitCatalog Catalog, ImmutableArray<UnitConflict> Conflicts);
