using Microsoft.Data.Sqlite;

namespace ClaimLang.Emit;

/// <summary>
/// Writes the dataset's tables into one SQLite database, so that it opens in any SQL tool: a
/// table per resource with the same columns (TEXT, INTEGER, REAL; dates as ISO 8601 text,
/// booleans as 0 and 1, lists as ';'-separated text, an empty cell as NULL). Written in one
/// transaction without a journal into a new file, so the same dataset gives the same bytes.
/// </summary>
internal static class SqliteDatasetWriter
{
    public static void Write(Dataset dataset, string path)
    {
        File.Delete(path);
        // No pooling: the file must be closed (and so complete) when this returns.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using SqliteTransaction transaction = connection.BeginTransaction();
        foreach (IDatasetTable table in dataset.Tables)
        {
            Execute(connection, CreateTable(table), transaction);
            Insert(connection, transaction, table);
        }
        transaction.Commit();
    }

    private static string CreateTable(IDatasetTable table)
    {
        var columns = table.Columns.Select(c =>
            $"\"{c.Name}\" {SqlType(c.Type)}{(c.Name == table.PrimaryKey ? " PRIMARY KEY" : "")}{(c.Required ? " NOT NULL" : "")}");
        return $"CREATE TABLE \"{table.Name}\" ({string.Join(", ", columns)});";
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Boolean => "INTEGER",
        ColumnType.Number => "REAL",
        _ => "TEXT",
    };

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, IDatasetTable table)
    {
        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table.Name}\" VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))});";
        var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        for (int row = 0; row < table.RowCount; row++)
        {
            int i = 0;
            foreach (object? value in table.Values(row)) parameters[i++].Value = SqlValue(value);
            insert.ExecuteNonQuery();
        }
    }

    private static object SqlValue(object? value) => value switch
    {
        null => DBNull.Value,
        int or double or string => value,
        bool flag => flag ? 1 : 0,
        _ => CellText.Of(value) is { Length: > 0 } text ? text : DBNull.Value,
    };

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
