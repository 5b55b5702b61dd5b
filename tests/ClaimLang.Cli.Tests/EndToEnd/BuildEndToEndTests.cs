using System.Globalization;
using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// claimc build (docs/language.md, "The dataset"): the data package's files and columns, exact
/// numbers, empty open bounds, nothing written on errors, the output folder replaced as a
/// whole, and the same bytes in every culture.
/// </summary>
[UseGermanCulture]
public sealed class BuildEndToEndTests : IDisposable
{
    // The one finding of the project: Shehadi's rate over 2011..2015 against BBC's total.
    private static readonly string Finding = ExpectedFindingId.Of("CL4001", "total", "aid/iran.claim:2");

    private const string Declarations =
        "source BBC \"BBC Persian\" { kind broadcaster  published 2018-02  founded 1941 }\n" +
        "person Shehadi \"Nadim Shehadi\" { role \"analyst, \\\"Chatham House\\\"\" }\n" +
        "entity Iran { kind country  code IRN }\nentity Syria { kind country  code SYR }\n" +
        "metric aid \"Aid\" { kind flow  unit USD }\n";

    private const string Claims =
        "total: source BBC says Iran -> Syria aid 36e9 USD 2011..2016 as of 2018-02 note \"all, \\\"estimated\\\"\"\n" +
        "source BBC quoting Shehadi says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n" +
        "source BBC says Iran -> Syria aid >= 1.5 billion USD 2012 status disputed\n";

    private static readonly string[] DatasetFiles =
        ["claims.csv", "claims.jsonl", "claims.sqlite", "conflicts.csv", "datapackage.json", "entities.csv", "metrics.csv", "persons.csv", "sources.csv"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_project_without_errors_gives_every_file_of_the_data_package()
    {
        WriteProject();

        CliResult result = Claimc.Run(_folder.Path, "build", "-o", "out");

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        Directory.GetFiles(_folder.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(DatasetFiles);
        result.Stderr.ShouldContain("wrote 3 claims, 1 finding and 5 declarations to 'out'");
    }

    [Fact]
    public void Claims_have_the_columns_of_the_spec_in_its_order()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        string[] lines = ReadLines("out/claims.csv");
        lines[0].ShouldBe("id,file,line,source,speakers,attribution,from,to,subject,metric,amount,unit,rate_per,low,high," +
                          "period_start,period_end,duration_years,total_low,total_high,as_of,status,note,cite,conflicts");
        lines[1].ShouldBe($"total,aid/iran.claim,1,BBC,,BBC,Iran,Syria,Iran -> Syria,aid,36e9,USD,,35500000000,36500000000," +
                          $"2011-01-01,2016-12-31,6,35500000000,36500000000,2018-02,,\"all, \"\"estimated\"\"\",,{Finding}");
        lines[2].ShouldBe("aid/iran.claim:2,aid/iran.claim,2,BBC,Shehadi,Shehadi,Iran,Syria,Iran -> Syria,aid,15e9..20e9,USD,year," +
                          $"14500000000,20500000000,2011-01-01,2015-12-31,5,72500000000,102500000000,,,,,{Finding}");
        // A lower bound: the upper ends are open, so empty.
        lines[3].ShouldBe("aid/iran.claim:3,aid/iran.claim,3,BBC,,BBC,Iran,Syria,Iran -> Syria,aid,>= 1.5 billion,USD,," +
                          "1450000000,,2012-01-01,2012-12-31,1,1450000000,,,disputed,,,");
        lines.Length.ShouldBe(4);
    }

    [Fact]
    public void Json_lines_hold_the_same_rows_typed_with_null_for_an_open_bound()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        string[] lines = ReadLines("out/claims.jsonl");
        lines.Length.ShouldBe(3);
        using JsonDocument bound = JsonDocument.Parse(lines[2]);
        bound.RootElement.GetProperty("low").GetDouble().ShouldBe(1450000000);
        bound.RootElement.GetProperty("high").ValueKind.ShouldBe(JsonValueKind.Null);
        bound.RootElement.GetProperty("line").GetInt32().ShouldBe(3);
        using JsonDocument quoted = JsonDocument.Parse(lines[1]);
        quoted.RootElement.GetProperty("speakers").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Shehadi"]);
        quoted.RootElement.GetProperty("conflicts").EnumerateArray().Select(e => e.GetString()).ShouldBe([Finding]);
        quoted.RootElement.GetProperty("period_end").GetString().ShouldBe("2015-12-31");
    }

    [Fact]
    public void Numbers_read_back_to_exactly_the_amounts()
    {
        _folder.Write("aid/decls.claim", Declarations);
        _folder.Write("aid/rates.claim",
            "source BBC says Iran -> Syria aid 0.1 USD/day 2018-01-01..2018-01-03\n" +
            "source BBC says Iran -> Syria aid 7 USD/yr 2018-01-01..2018-02-15\n");
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        string[] cells = ReadLines("out/claims.csv")[1].Split(',');
        double.Parse(cells[13], CultureInfo.InvariantCulture).ShouldBe(0.05); // 0.1 written with one decimal: +-0.05
        double.Parse(cells[18], CultureInfo.InvariantCulture).ShouldBe(0.15);
        // 7 +- 0.5 USD/yr over 46 days: not a short decimal, but its text reads back to the same double.
        string totalHigh = ReadLines("out/claims.csv")[2].Split(',')[19];
        double value = 7.5 * 46 / 365.2425;
        double.Parse(totalHigh, CultureInfo.InvariantCulture).ShouldBe(value, tolerance: value * 1e-15);
        totalHigh.ShouldNotContain(",");
    }

    [Fact]
    public void A_total_beyond_the_range_of_a_double_is_INF()
    {
        _folder.Write("aid/decls.claim", Declarations);
        _folder.Write("aid/huge.claim", "source BBC says Iran -> Syria aid 1.5e308 USD/yr 2001..2005\n");

        CliResult result = Claimc.Run(_folder.Path, "build", "-o", "out");

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        ReadLines("out/claims.csv")[1].ShouldEndWith(",1.45E+308,1.5499999999999999E+308,2001-01-01,2005-12-31,5,INF,INF,,,,,");
        ReadLines("out/claims.jsonl")[0].ShouldContain("\"total_low\":\"INF\",\"total_high\":\"INF\"");
    }

    [Fact]
    public void Declarations_keep_known_attributes_in_columns_and_the_others_together()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        ReadLines("out/sources.csv").ShouldBe([
            "name,display_name,kind,published,url,reliability,other_attributes,file,line",
            "BBC,BBC Persian,broadcaster,2018-02,,,founded 1941,aid/decls.claim,1"]);
        ReadLines("out/persons.csv")[1].ShouldBe("Shehadi,Nadim Shehadi,\"analyst, \"\"Chatham House\"\"\",,aid/decls.claim,2");
        ReadLines("out/entities.csv").Length.ShouldBe(3);
        ReadLines("out/metrics.csv")[1].ShouldBe("aid,Aid,flow,USD,,,,aid/decls.claim,5");
    }

    [Fact]
    public void Conflicts_list_the_findings_with_their_claims()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        string[] lines = ReadLines("out/conflicts.csv");
        lines[0].ShouldBe("id,code,severity,suppressed,claims,message");
        lines[1].ShouldStartWith($"{Finding},CL4001,warning,false,total;aid/iran.claim:2,\"15e9..20e9 USD/yr over 2011..2015 (5 years)");
        lines.Length.ShouldBe(2);
    }

    [Fact]
    public void The_database_holds_the_same_tables()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        using var connection = new SqliteConnection($"Data Source={_folder.Combine("out/claims.sqlite")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Scalar(connection, "SELECT count(*) FROM claims").ShouldBe(3L);
        Scalar(connection, "SELECT total_high FROM claims WHERE id = 'aid/iran.claim:2'").ShouldBe(102500000000d);
        Scalar(connection, "SELECT total_high FROM claims WHERE id = 'aid/iran.claim:3'").ShouldBe(DBNull.Value);
        Scalar(connection, $"SELECT claims FROM conflicts WHERE id = '{Finding}'").ShouldBe("total;aid/iran.claim:2");
        Scalar(connection, "SELECT suppressed FROM conflicts").ShouldBe(0L);
        Scalar(connection, "SELECT count(*) FROM sources").ShouldBe(1L);
    }

    [Fact]
    public void A_project_with_errors_writes_nothing_and_keeps_the_previous_dataset()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);
        byte[] before = File.ReadAllBytes(_folder.Combine("out/claims.csv"));
        _folder.Write("aid/broken.claim", "source BBC says Iran -> 36e9 USD 2011\n");

        CliResult result = Claimc.Run(_folder.Path, "build", "-o", "out");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldContain("error CL0001");
        result.Stderr.ShouldContain("no dataset was written");
        File.ReadAllBytes(_folder.Combine("out/claims.csv")).ShouldBe(before);
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["aid", "out"]);
    }

    [Fact]
    public void A_project_with_errors_and_no_dataset_yet_creates_no_folder()
    {
        _folder.Write("aid/broken.claim", "source BBC says Iran -> 36e9 USD 2011\n");

        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(1);

        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public void A_build_replaces_the_folder_as_a_whole()
    {
        WriteProject();
        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);
        _folder.Write("out/stale.csv", "left in the dataset since the last build\n");

        Claimc.Run(_folder.Path, "build", "-o", "out").ExitCode.ShouldBe(0);

        File.Exists(_folder.Combine("out/stale.csv")).ShouldBeFalse();
        Directory.GetFiles(_folder.Combine("out")).Length.ShouldBe(DatasetFiles.Length);
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["aid", "out"]);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_an_IO_error_and_the_file_stays()
    {
        WriteProject();
        _folder.Write("out", "not a folder\n");

        CliResult result = Claimc.Run(_folder.Path, "build", "-o", "out");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("cannot write the dataset to 'out'");
        File.ReadAllText(_folder.Combine("out")).ShouldBe("not a folder\n");
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["aid", "out"]);
    }

    [Fact]
    public void The_output_option_is_required()
    {
        WriteProject();

        Claimc.Run(_folder.Path, "build").ExitCode.ShouldBe(2);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Every_file_has_the_same_bytes_in_any_culture_and_on_every_run(string culture)
    {
        RepositoryLayout.Copy(RepositoryLayout.Examples, _folder.Combine("project"));
        Claimc.Run(_folder.Combine("project"), "build", "-o", "../invariant").ExitCode.ShouldBe(0);

        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Claimc.Run(_folder.Combine("project"), "build", "-o", "../other").ExitCode.ShouldBe(0);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        foreach (string file in DatasetFiles)
            File.ReadAllBytes(_folder.Combine("other/" + file)).ShouldBe(File.ReadAllBytes(_folder.Combine("invariant/" + file)), file);
        ReadLines("invariant/claims.csv").Length.ShouldBeGreaterThan(40);
    }

    private void WriteProject()
    {
        _folder.Write("aid/decls.claim", Declarations);
        _folder.Write("aid/iran.claim", Claims);
    }

    private string[] ReadLines(string relativePath) => File.ReadAllText(_folder.Combine(relativePath)).TrimEnd('\n').Split('\n');

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
