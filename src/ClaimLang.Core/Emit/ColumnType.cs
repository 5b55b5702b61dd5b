namespace ClaimLang.Emit;

/// <summary>A column's type, named as Frictionless table schemas name them.</summary>
internal enum ColumnType
{
    String,
    Integer,
    Number,
    Date,
    Boolean,

    /// <summary>A list of strings: <c>;</c>-separated in CSV and SQLite, a JSON array in JSON Lines.</summary>
    List,
}
