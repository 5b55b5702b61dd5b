using System.Text;

namespace ClaimLang.Emit;

/// <summary>
/// Writes a dataset's files into a folder: the descriptor, a CSV file per table, the claims as
/// JSON Lines and the SQLite database. The same dataset gives byte-identical files.
/// Replacing an existing dataset as a whole is the caller's part (write to a new folder, then
/// move it into place).
/// </summary>
public static class DatasetWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Whether <paramref name="folder"/> holds a dataset claimc wrote: its <c>datapackage.json</c>
    /// names the package <c>claimlang-dataset</c>. <c>claimc build</c> replaces only such a folder
    /// (or an empty one); the mark is part of the descriptor, so the files stay the same bytes.
    /// </summary>
    /// <exception cref="IOException">The descriptor exists but cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The descriptor exists but cannot be read.</exception>
    public static bool IsDataset(string folder)
    {
        string descriptor = Path.Combine(folder, DatasetFiles.Descriptor);
        if (!File.Exists(descriptor)) return false;
        using FileStream stream = File.OpenRead(descriptor);
        return DataPackageDescriptor.NamesThisPackage(stream);
    }

    public static void Write(Dataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        // The files are independent: the database (the slowest) is written while the text files are.
        Task database = Task.Run(() => SqliteDatasetWriter.Write(dataset, Path.Combine(folder, DatasetFiles.Sqlite)));
        try
        {
            using (var descriptor = File.Create(Path.Combine(folder, DatasetFiles.Descriptor)))
                DataPackageDescriptor.Write(dataset, descriptor);
            foreach (IDatasetTable table in dataset.Tables)
            {
                using var csv = new StreamWriter(Path.Combine(folder, DatasetFiles.Csv(table)), append: false, Utf8);
                CsvTableWriter.Write(table, csv);
            }
            using (var jsonl = File.Create(Path.Combine(folder, DatasetFiles.ClaimsJsonLines)))
                JsonLinesTableWriter.Write(dataset.Tables[0], jsonl);
        }
        finally
        {
            // Whatever happened here, the database is finished with before the caller moves or deletes the folder.
            Task.WaitAny(database);
        }
        database.GetAwaiter().GetResult(); // rethrows the database's own failure, if any
    }
}
