using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>A table of the dataset: its columns and its rows, in the order they are written.</summary>
internal sealed class DatasetTable<TRow>(string name, string description, string? primaryKey,
    ImmutableArray<DatasetColumn<TRow>> columns, ImmutableArray<TRow> rows) : IDatasetTable
{
    public string Name => name;

    public string Description => description;

    public string? PrimaryKey => primaryKey;

    public ImmutableArray<(string Name, ColumnType Type, string Description, bool Required)> Columns { get; } =
        [.. columns.Select(c => (c.Name, c.Type, c.Description, c.Required))];

    public int RowCount => rows.Length;

    public IEnumerable<object?> Values(int row) => columns.Select(c => c.Value(rows[row]));
}
