using System.Text.Json;
using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class SarifFormatterTests
{
    private static string Render(params Diagnostic[] diagnostics) =>
        TestReports.Render(new SarifFormatter(), TestReports.Create(SampleFiles.Sources, diagnostics));

    [Fact]
    public void The_schema_file_is_present()
    {
        File.Exists(SarifSchema.FilePath).ShouldBeTrue($"missing {SarifSchema.FilePath}");
    }

    [Fact]
    public async Task Output_is_valid_against_the_official_schema()
    {
        string sarif = Render(SampleFiles.MissingEntity(), SampleFiles.Conflict().WithSuppressed(true), SampleFiles.StatedTwice());

        var errors = await SarifSchema.ValidateAsync(sarif);

        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task Output_without_results_is_valid_against_the_official_schema()
    {
        var errors = await SarifSchema.ValidateAsync(Render());

        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task The_schema_check_catches_an_invalid_document()
    {
        // Guards the guard: a validator that accepts anything would make the tests above worthless.
        string sarif = Render(SampleFiles.MissingEntity()).Replace("\"level\": \"error\"", "\"level\": \"fatal\"");

        var errors = await SarifSchema.ValidateAsync(sarif);

        errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void Describes_the_tool_and_every_rule()
    {
        using JsonDocument document = JsonDocument.Parse(Render());
        JsonElement root = document.RootElement;

        root.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        JsonElement run = root.GetProperty("runs").EnumerateArray().Single();
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("claimc");
        driver.GetProperty("semanticVersion").GetString().ShouldBe("0.1.0");

        JsonElement[] rules = [.. driver.GetProperty("rules").EnumerateArray()];
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(DiagnosticDescriptors.All.Select(d => d.Id));
        JsonElement syntaxError = rules[0];
        syntaxError.GetProperty("name").GetString().ShouldBe("SyntaxError");
        syntaxError.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Syntax error");
        syntaxError.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");
        rules.Single(r => r.GetProperty("id").GetString() == "CL4003")
            .GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("note");

        foreach (JsonElement rule in rules)
        {
            string help = DiagnosticDescriptors.Find(rule.GetProperty("id").GetString()!)!.HelpText.Trim();
            if (help.Length > 0) rule.GetProperty("help").GetProperty("markdown").GetString().ShouldBe(help);
            else rule.TryGetProperty("help", out _).ShouldBeFalse();
        }
    }

    [Fact]
    public void Maps_the_source_root_to_the_current_folder()
    {
        using JsonDocument document = JsonDocument.Parse(Render());
        JsonElement run = document.RootElement.GetProperty("runs")[0];

        string uri = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;

        uri.ShouldStartWith("file:///");
        uri.ShouldEndWith("/work/project/");
        new Uri(uri).IsAbsoluteUri.ShouldBeTrue();
    }

    [Fact]
    public void Writes_results_with_rule_level_message_and_one_based_exclusive_regions()
    {
        using JsonDocument document = JsonDocument.Parse(Render(SampleFiles.MissingEntity(), SampleFiles.Conflict(), SampleFiles.StatedTwice()));
        JsonElement[] results = [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["CL0001", "CL4003", "CL4001"]);
        results.Select(r => r.GetProperty("level").GetString()).ShouldBe(["error", "note", "warning"]);

        JsonElement first = results[0];
        first.GetProperty("ruleIndex").GetInt32().ShouldBe(0);
        first.GetProperty("message").GetProperty("text").GetString().ShouldBe("expected an entity name after '->', found the number '36e9'");
        JsonElement location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("aid/iran.claim");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        JsonElement region = location.GetProperty("region");
        region.GetProperty("startLine").GetInt32().ShouldBe(1);
        region.GetProperty("startColumn").GetInt32().ShouldBe(25);
        region.GetProperty("endLine").GetInt32().ShouldBe(1);
        region.GetProperty("endColumn").GetInt32().ShouldBe(29);
        first.TryGetProperty("suppressions", out _).ShouldBeFalse();

        JsonElement conflict = results[2];
        conflict.GetProperty("ruleIndex").GetInt32().ShouldBe(IndexOf("CL4001"));
        JsonElement related = conflict.GetProperty("relatedLocations").EnumerateArray().Single();
        related.GetProperty("id").GetInt32().ShouldBe(1);
        related.GetProperty("message").GetProperty("text").GetString().ShouldBe("BBC says 36e9 USD over 2011..2016");
        related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Keeps_suppressed_diagnostics_with_an_in_source_suppression()
    {
        using JsonDocument document = JsonDocument.Parse(Render(SampleFiles.Conflict().WithSuppressed(true)));
        JsonElement result = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();

        result.GetProperty("suppressions").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("inSource");
    }

    [Fact]
    public async Task Escapes_file_names_into_valid_uri_references()
    {
        var text = SourceText.From("x\n");
        const string path = "drafts/aid 2018#1 50%.claim";
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, path, text, "x", "m");
        string sarif = TestReports.Render(new SarifFormatter(), TestReports.Create(new Dictionary<string, SourceText> { [path] = text }, diagnostic));

        using JsonDocument document = JsonDocument.Parse(sarif);
        document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .ShouldBe("drafts/aid%202018%231%2050%25.claim");
        (await SarifSchema.ValidateAsync(sarif)).ShouldBeEmpty();
    }

    private static int IndexOf(string id) => DiagnosticDescriptors.All.Select(d => d.Id).ToList().IndexOf(id);
}
