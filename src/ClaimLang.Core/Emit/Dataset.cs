using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// The dataset of a project without errors (docs/language.md, "The dataset"): its claims, its
/// declarations by kind, and its consistency findings, each table's rows in file then
/// position order. Made by <see cref="DatasetBuilder"/>; written by <see cref="DatasetWriter"/>.
/// </summary>
public sealed record Dataset(
    ImmutableArray<ClaimRecord> Claims,
    ImmutableArray<DeclarationRecord> Sources,
    ImmutableArray<DeclarationRecord> Persons,
    ImmutableArray<DeclarationRecord> Entities,
    ImmutableArray<DeclarationRecord> Metrics,
    ImmutableArray<ConflictRecord> Conflicts)
{
    /// <summary>Every diagnostic the project reported (not a table: what a diff of two versions compares besides the rows).</summary>
    internal ImmutableArray<DiagnosticRecord> Diagnostics { get; init; } = [];

    /// <summary>The tables, in the order the descriptor lists them.</summary>
    internal ImmutableArray<IDatasetTable> Tables =>
    [
        DatasetTables.Claims(Claims),
        DatasetTables.Sources(Sources),
        DatasetTables.Persons(Persons),
        DatasetTables.Entities(Entities),
        DatasetTables.Metrics(Metrics),
        DatasetTables.Conflicts(Conflicts),
    ];
}
