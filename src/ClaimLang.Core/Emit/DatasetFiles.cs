namespace ClaimLang.Emit;

/// <summary>The names of the files a dataset folder holds (docs/language.md, "The dataset").</summary>
internal static class DatasetFiles
{
    public const string Descriptor = "datapackage.json";

    public const string ClaimsJsonLines = "claims.jsonl";

    public const string Sqlite = "claims.sqlite";

    public static string Csv(IDatasetTable table) => table.Name + ".csv";
}
