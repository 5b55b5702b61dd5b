using ClaimLang.Emit;

namespace ClaimLang.Core.Tests.Emit;

/// <summary>
/// What readers of the dataset's files need beyond the types of their values, one rule at a
/// time.
/// </summary>
public sealed class DatasetWriterFormatTests
{
    [Theory]
    [InlineData(" note", "\" note\"")]
    [InlineData("\tnote", "\"\tnote\"")]
    [InlineData("note ", "note ")]
    [InlineData("a note", "a note")]
    public void A_csv_field_that_begins_with_white_space_is_quoted(string field, string written)
    {
        var table = new DatasetTable<string>("t", "", null, [new DatasetColumn<string>("a", ColumnType.String, "", s => s)], [field]);
        var text = new StringWriter();

        CsvTableWriter.Write(table, text);

        text.ToString().ShouldBe($"a\n{written}\n");
    }
}
