using System.Globalization;
using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Cli.Tests.Bench;

/// <summary>
/// The peer benchmark times hledger and a JSON Lines reader on the same records as claimc: one
/// hledger transaction and one JSON object per claim, in the claims' order, with the same
/// source, attribution and figure.
/// </summary>
[UseGermanCulture]
public sealed class CorpusPeerFilesTests
{
    private const int Claims = 1200;

    [Fact]
    public void The_journal_and_the_json_lines_hold_one_record_per_claim_with_the_same_amounts()
    {
        using var corpus = new GeneratedCorpus(Claims, peers: true);
        ClaimSyntax[] claims = [.. GeneratedCorpus.Claims(corpus.Compile())];

        JsonElement[] records = [.. File.ReadLines(corpus.Options.JsonLinesPath!).Select(line => JsonDocument.Parse(line).RootElement)];
        string[][] transactions = [.. File.ReadAllText(corpus.Options.HledgerPath!).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('\n'))];

        records.Length.ShouldBe(Claims);
        transactions.Length.ShouldBe(Claims);
        for (int i = 0; i < Claims; i++)
        {
            JsonElement record = records[i];
            string attribution = claims[i].Speakers.IsEmpty ? claims[i].Source.Text : claims[i].Speakers[^1].Speaker.Text;
            record.GetProperty("source").GetString().ShouldBe(claims[i].Source.Text);
            record.GetProperty("attribution").GetString().ShouldBe(attribution);
            record.GetProperty("metric").GetString().ShouldBe(claims[i].Metric?.Text ?? "transfer");

            string[] transaction = transactions[i];
            transaction.Length.ShouldBe(3, string.Join('\n', transaction));
            transaction[0].ShouldContain($" {attribution} via {claims[i].Source.Text}: ");
            transaction[0].ShouldStartWith(record.GetProperty("start").GetString()!);
            JsonElement figure = record.GetProperty("low").ValueKind == JsonValueKind.Null ? record.GetProperty("high") : record.GetProperty("low");
            string posted = transaction[1].Split("  ", StringSplitOptions.RemoveEmptyEntries)[^1];
            posted.ShouldBe(figure.GetDouble().ToString("0.00", CultureInfo.InvariantCulture) + " " + Commodity(record.GetProperty("unit").GetString()!));
        }
    }

    private static string Commodity(string unit) => unit switch
    {
        "%" => "PCT",
        "count" => "COUNT",
        "barrel" => "BARREL",
        _ => unit,
    };
}
