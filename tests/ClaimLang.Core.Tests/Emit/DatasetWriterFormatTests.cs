using System.Text;
using System.Text.Json;
using ClaimLang.Emit;

namespace ClaimLang.Core.Tests.Emit;

/// <summary>
/// What Frictionless readers need of the files beyond their types: infinity as Table Schema
/// spells it, leading white space kept, the CSV dialect and the JSON Lines lists declared as
/// what they are. (tests/frictionless/validate.js checks whole datasets with Frictionless's own
/// library; these pin each rule on its own.)
/// </summary>
public sealed class DatasetWriterFormatTests
{
    private static readonly Dataset Empty = new([], [], [], [], [], []);

    [Theory]
    [InlineData(double.PositiveInfinity, "INF")]
    [InlineData(double.NegativeInfinity, "-INF")]
    public void A_number_beyond_the_range_of_a_double_is_written_as_table_schema_spells_infinity(double number, string expected) =>
        CellText.Number(number).ShouldBe(expected);

    [Fact]
    public void Json_lines_write_infinity_as_a_string_as_json_has_no_number_for_it()
    {
        var table = new DatasetTable<double>("t", "", null,
            [new DatasetColumn<double>("total", ColumnType.Number, "", d => d)], [double.PositiveInfinity, 1e20]);
        using var stream = new MemoryStream();

        JsonLinesTableWriter.Write(table, stream);

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("{\"total\":\"INF\"}\n{\"total\":1E+20}\n");
    }

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

    [Fact]
    public void Csv_resources_declare_their_dialect_with_lf_line_ends()
    {
        using JsonDocument descriptor = Descriptor();

        foreach (JsonElement resource in Resources(descriptor).Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            JsonElement dialect = resource.GetProperty("dialect");
            dialect.GetProperty("delimiter").GetString().ShouldBe(",");
            dialect.GetProperty("lineTerminator").GetString().ShouldBe("\n");
            dialect.GetProperty("quoteChar").GetString().ShouldBe("\"");
            dialect.GetProperty("doubleQuote").GetBoolean().ShouldBeTrue();
            dialect.GetProperty("header").GetBoolean().ShouldBeTrue();
        }
    }

    [Fact]
    public void Lists_are_strings_in_csv_and_arrays_in_json_lines()
    {
        using JsonDocument descriptor = Descriptor();

        FieldType(descriptor, "claims", "speakers").ShouldBe("string");
        FieldType(descriptor, "claims-jsonl", "speakers").ShouldBe("array");
        FieldType(descriptor, "claims-jsonl", "conflicts").ShouldBe("array");
        FieldType(descriptor, "claims-jsonl", "low").ShouldBe("number");
        Resources(descriptor).Single(r => r.GetProperty("name").GetString() == "claims-jsonl").TryGetProperty("dialect", out _).ShouldBeFalse();
    }

    private static JsonDocument Descriptor()
    {
        using var stream = new MemoryStream();
        DataPackageDescriptor.Write(Empty, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static IEnumerable<JsonElement> Resources(JsonDocument descriptor) =>
        descriptor.RootElement.GetProperty("resources").EnumerateArray();

    private static string? FieldType(JsonDocument descriptor, string resource, string field) =>
        Resources(descriptor).Single(r => r.GetProperty("name").GetString() == resource)
            .GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == field).GetProperty("type").GetString();
}
