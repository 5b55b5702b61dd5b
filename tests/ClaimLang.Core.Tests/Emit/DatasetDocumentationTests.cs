using System.Collections.Immutable;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Emit;

namespace ClaimLang.Core.Tests.Emit;

/// <summary>docs/dataset.md describes every table and column the dataset has, so the two cannot drift apart.</summary>
public sealed class DatasetDocumentationTests
{
    private static readonly Dataset Empty = new([], [], [], [], [], []);

    [Fact]
    public void Every_table_and_column_is_documented()
    {
        string documentation = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "dataset.md"));
        foreach (IDatasetTable table in Empty.Tables)
        {
            documentation.ShouldContain($"`{table.Name}.csv`", customMessage: $"the {table.Name} table");
            foreach (var column in table.Columns)
                documentation.ShouldContain($"`{column.Name}`", customMessage: $"column {column.Name} of {table.Name}");
        }
    }

    [Fact]
    public void The_claims_table_has_the_columns_of_the_spec_in_its_order() =>
        Empty.Tables[0].Columns.Select(c => c.Name).ShouldBe(
        [
            "id", "file", "line", "source", "speakers", "attribution", "from", "to", "subject", "metric", "amount", "unit",
            "rate_per", "low", "high", "period_start", "period_end", "duration_years", "total_low", "total_high", "as_of",
            "status", "note", "cite", "conflicts",
        ]);

    [Fact]
    public void The_conflicts_table_has_the_columns_of_the_spec_in_its_order() =>
        Empty.Tables[^1].Columns.Select(c => c.Name).ShouldBe(["id", "code", "severity", "suppressed", "claims", "message"]);

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(35500000000d, "35500000000")]
    [InlineData(1e20, "1E+20")]
    [InlineData(-100d, "-100")]
    [InlineData(1d / 3, "0.3333333333333333")]
    public void Numbers_are_written_in_their_shortest_exact_form(double number, string expected)
    {
        CellText.Number(number).ShouldBe(expected);
        double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(number);
    }

    [Fact]
    public void Csv_fields_are_quoted_only_when_they_must_be()
    {
        var table = new DatasetTable<string>("t", "", null,
            [new DatasetColumn<string>("a", ColumnType.String, "", s => s), new DatasetColumn<string>("b", ColumnType.List, "", _ => ImmutableArray.Create("x", "y"))],
            ["plain", "with, comma", "with \"quote\"", "two\nlines", ""]);
        var text = new StringWriter();

        CsvTableWriter.Write(table, text);

        text.ToString().ShouldBe("a,b\nplain,x;y\n\"with, comma\",x;y\n\"with \"\"quote\"\"\",x;y\n\"two\nlines\",x;y\n,x;y\n");
    }
}
