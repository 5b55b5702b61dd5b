using System.Text.Json;
using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class JsonFormatterTests
{
    [Fact]
    public void Writes_one_document_with_a_fixed_property_order()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.MissingEntity());

        string output = TestReports.Render(new JsonFormatter(), report);

        output.ShouldBe("""
            {
              "version": 1,
              "diagnostics": [
                {
                  "code": "CL0001",
                  "severity": "error",
                  "message": "expected an entity name after '->', found the number '36e9'",
                  "file": "aid/iran.claim",
                  "line": 1,
                  "column": 25,
                  "endLine": 1,
                  "endColumn": 29,
                  "suppressed": false,
                  "related": []
                }
              ],
              "omitted": [],
              "summary": {
                "errors": 1,
                "warnings": 0,
                "infos": 0,
                "suppressed": 0,
                "files": 2
              }
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Includes_related_locations_and_suppressed_diagnostics()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.Conflict().WithSuppressed(true), SampleFiles.StatedTwice());

        using JsonDocument document = JsonDocument.Parse(TestReports.Render(new JsonFormatter(), report));
        JsonElement root = document.RootElement;

        root.GetProperty("version").GetInt32().ShouldBe(1);
        JsonElement[] diagnostics = [.. root.GetProperty("diagnostics").EnumerateArray()];
        diagnostics.Select(d => d.GetProperty("code").GetString()).ShouldBe(["CL4003", "CL4001"]);
        diagnostics[0].GetProperty("severity").GetString().ShouldBe("info");

        JsonElement conflict = diagnostics[1];
        conflict.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        conflict.GetProperty("severity").GetString().ShouldBe("warning");
        JsonElement related = conflict.GetProperty("related").EnumerateArray().Single();
        related.EnumerateObject().Select(p => p.Name).ShouldBe(["file", "line", "column", "endLine", "endColumn", "message"]);
        related.GetProperty("file").GetString().ShouldBe("aid/iran.claim");
        related.GetProperty("line").GetInt32().ShouldBe(2);
        related.GetProperty("column").GetInt32().ShouldBe(1);
        related.GetProperty("endColumn").GetInt32().ShouldBe(5);
        related.GetProperty("message").GetString().ShouldBe("BBC says 36e9 USD over 2011..2016");

        JsonElement summary = root.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBe(0);
        summary.GetProperty("warnings").GetInt32().ShouldBe(0);
        summary.GetProperty("infos").GetInt32().ShouldBe(1);
        summary.GetProperty("suppressed").GetInt32().ShouldBe(1);
        summary.GetProperty("files").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Keeps_non_ascii_text_readable()
    {
        var text = ClaimLang.Text.SourceText.From("entity Iran \"Irán\" x\n");
        var diagnostic = TestDiagnostics.At(ClaimLang.Diagnostics.DiagnosticDescriptors.SyntaxError, "ü.claim", text, "x", "unexpected 'x' after \"Irán\"");
        var report = TestReports.Create(new Dictionary<string, ClaimLang.Text.SourceText> { ["ü.claim"] = text }, diagnostic);

        string output = TestReports.Render(new JsonFormatter(), report);

        output.ShouldContain("\"file\": \"ü.claim\"");
        output.ShouldContain("\"message\": \"unexpected 'x' after \\\"Irán\\\"\"");
    }
}
