using ClaimLang.Bench.Corpus;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Emit;
using Microsoft.Data.Sqlite;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>
/// The dataset claimc build writes is a valid Frictionless data package by Frictionless's own
/// library (tests/frictionless/validate.js): datapackage.json against the data package, data
/// resource and table schema profiles, and every row of every CSV file (and of the JSON Lines
/// file) read and cast against its table schema. Checked on the examples, a generated corpus of
/// thousands of claims, and a project of the cases a writer gets wrong; and the validator is
/// shown to fail on a package that breaks its schema.
/// </summary>
[UseGermanCulture]
public sealed class DataPackageValidationTests : IDisposable
{
    // Every table the dataset has, so that one added later is validated too.
    private static readonly string[] Tables = [.. new Dataset([], [], [], [], [], []).Tables.Select(t => t.Name)];

    // Open bounds, ~ amounts, rates per year, month and day, exponents both ways, notes and
    // display names with commas, quotes, a leading space and letters outside ASCII, attributes
    // claimc does not know, a retracted and a disputed claim, a finding suppressed and one not,
    // and a rate so large that its total is beyond the range of a double.
    private const string Declarations =
        "source BBC \"BBC Persian, \\\"Tehran\\\" desk\" { kind broadcaster  published 2018-02  founded 1941  motto \"news, \\\"views\\\"\" }\n" +
        "source Blog \"Le blog de l'été\"\n" +
        "person Shehadi \"Nadim Shehadi\" { role \"analyst, \\\"Chatham House\\\"\"  born 1960 }\n" +
        "entity Iran { kind country  code IRN }\nentity Syria { kind country  code SYR }\nentity Hezbollah { kind group }\n" +
        "metric aid \"Aid\" { kind flow  unit USD }\nmetric poverty_rate { kind level  unit %  min 0  max 100 }\n";

    private const string Claims =
        "open: source BBC says Iran -> Syria aid >= 12e9 USD/yr 2018 note \"at least, \\\"officially\\\"; maybe more\"\n" +
        "source Blog says Iran -> Syria aid <= 6.5e9 USD 2018 as of 2019-01\n" +
        "monthly: source BBC quoting Shehadi says Iran -> Syria aid ~80 million USD/month 2017-01..2017-06 cite \"BBC, 2018\"\n" +
        "source BBC says Iran -> Syria aid 0.1 USD/day 2016-01-01..2016-01-03 note \" begins with a space\"\n" +
        "source BBC says Iran poverty_rate ~0.0001 % 2019 status disputed\n" +
        "source Blog says Iran poverty_rate 50 % 2019 status retracted\n" +
        "source BBC says Iran -> Hezbollah aid 1.5e308 USD/yr 2001..2005\n" +
        "// claimlang-ignore CL4001 the two figures are known to disagree\n" +
        "known: source BBC says Iran -> Syria aid 36e9 USD 2011..2016\n" +
        "source Blog says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_examples_give_a_valid_data_package()
    {
        RepositoryLayout.Copy(RepositoryLayout.Examples, _folder.Combine("project"));

        string dataset = Build("project");

        ShouldBeValid(dataset);
    }

    [Fact]
    public void A_generated_corpus_of_3000_claims_gives_a_valid_data_package()
    {
        // The benchmark generator's corpus: every form of claim, and sources that disagree (CL4001).
        BenchmarkCorpus.Write(new CorpusOptions(_folder.Combine("corpus"), Claims: 3000));

        string dataset = Build("corpus");

        RowCount(dataset, "claims").ShouldBe(3000);
        RowCount(dataset, "conflicts").ShouldBeGreaterThan(0);
        ShouldBeValid(dataset);
    }

    [Fact]
    public void Bounds_approximations_rates_quoted_text_and_findings_give_a_valid_data_package()
    {
        string dataset = BuildProject();

        string claims = File.ReadAllText(Path.Combine(dataset, "claims.csv"));
        claims.ShouldContain(",9E-05,0.00011,");
        claims.ShouldContain(",5,INF,INF,");
        claims.ShouldContain(",\" begins with a space\",");
        File.ReadAllText(Path.Combine(dataset, "conflicts.csv")).ShouldContain(",warning,true,");
        File.ReadAllText(Path.Combine(dataset, "conflicts.csv")).ShouldContain(",warning,false,");
        ShouldBeValid(dataset);
    }

    [Theory]
    [InlineData("claims.csv", ",11500000000,", ",11.5 billion,",
        "claims (claims.csv): row 2: field \"low\": The value \"11.5 billion\" in column \"low\" is not type \"number\"")]
    [InlineData("conflicts.csv", ",warning,true,", ",warning,yes,",
        "conflicts (conflicts.csv): row 3: field \"suppressed\": The value \"yes\" in column \"suppressed\" is not type \"boolean\"")]
    [InlineData("entities.csv", "Syria,,country,", ",,country,",
        "entities (entities.csv): row 3: field \"name\": The value \"null\" does not conform to the \"required\" constraint")]
    [InlineData("entities.csv", "Hezbollah,,group,", "Iran,,group,",
        "entities (entities.csv): row 4: Row 4 has an unique constraint violation in column \"name\"")]
    [InlineData("datapackage.json", "\"type\": \"boolean\"", "\"type\": \"yes-or-no\"",
        "resources[6] conflicts: table schema:")]
    public void The_validator_fails_on_a_package_that_breaks_its_schema(string file, string text, string replacement, string problem)
    {
        CliResult result = ValidateBroken(file, text, replacement);

        result.Stdout.ShouldContain(problem);
    }

    [Fact]
    public void The_validator_fails_when_the_csv_reads_differently_from_the_json_lines()
    {
        // Unquoted, the leading space is skipped by the CSV reader: every type still checks, only
        // the comparison with the JSON Lines file sees the difference.
        CliResult result = ValidateBroken("claims.csv", ",\" begins with a space\",", ", begins with a space,");

        result.Stdout.ShouldContain("claims (claims.csv): 9 rows read and cast, valid");
        result.Stdout.ShouldContain("claims-jsonl (claims.jsonl): line 4: field \"note\" is \" begins with a space\", but \"begins with a space\"");
    }

    private string BuildProject()
    {
        _folder.Write("project/aid/decls.claim", Declarations);
        _folder.Write("project/aid/claims.claim", Claims);
        return Build("project");
    }

    // The hand-written project's dataset with one piece of one file changed: the validator must reject it.
    private CliResult ValidateBroken(string file, string text, string replacement)
    {
        string path = Path.Combine(BuildProject(), file);
        string content = File.ReadAllText(path);
        content.ShouldContain(text, customMessage: $"{path} no longer holds the text the test changes");
        File.WriteAllText(path, content.Replace(text, replacement, StringComparison.Ordinal));

        CliResult result = FrictionlessValidator.Validate(Path.GetDirectoryName(path)!);

        result.ExitCode.ShouldBe(1, result.Stdout + result.Stderr);
        return result;
    }

    private string Build(string project)
    {
        CliResult result = Claimc.Run(_folder.Combine(project), "build", "-o", "../dataset");
        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        return _folder.Combine("dataset");
    }

    // Valid, and every row read: the validator's count for each table is the database's.
    private static void ShouldBeValid(string dataset)
    {
        CliResult result = FrictionlessValidator.Validate(dataset);
        string report = $"validate.js {dataset} exited with {result.ExitCode}:\n{result.Stdout}{result.Stderr}";
        result.ExitCode.ShouldBe(0, report);
        foreach (string table in Tables)
            result.Stdout.ShouldContain($"{table} ({table}.csv): {Rows(RowCount(dataset, table))} read and cast, valid\n", customMessage: report);
        result.Stdout.ShouldContain($"claims-jsonl (claims.jsonl): {Rows(RowCount(dataset, "claims"))} read and cast, valid\n", customMessage: report);
        result.Stdout.ShouldEndWith("the data package is valid\n", customMessage: report);
    }

    private static string Rows(long count) => count == 1 ? "1 row" : $"{count} rows";

    private static long RowCount(string dataset, string table)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataset, "claims.sqlite")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }
}
