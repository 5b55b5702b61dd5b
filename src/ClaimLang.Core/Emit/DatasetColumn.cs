namespace ClaimLang.Emit;

/// <summary>
/// One column of a dataset table: its name, type and description, and how a row gives its
/// value (null for an empty cell: an open bound, an absent qualifier). The tables are defined
/// once, as lists of these, and every format (CSV, JSON Lines, SQLite, the descriptor's table
/// schemas) is written from the same definition, so they cannot disagree.
/// </summary>
internal sealed record DatasetColumn<TRow>(string Name, ColumnType Type, string Description, Func<TRow, object?> Value)
{
    /// <summary>Whether every row has a value (the table schema's <c>required</c> constraint).</summary>
    public bool Required { get; init; }
}
