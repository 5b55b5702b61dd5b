using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>A table of the dataset without its row type: what the writers need.</summary>
internal interface IDatasetTable
{
    /// <summary>The resource name, also the file's base name and the SQLite table's name.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>The column that identifies a row, if any.</summary>
    string? PrimaryKey { get; }

    ImmutableArray<(string Name, ColumnType Type, string Description, bool Required)> Columns { get; }

    int RowCount { get; }

    /// <summary>The values of row <paramref name="row"/>, in column order.</summary>
    IEnumerable<object?> Values(int row);
}
