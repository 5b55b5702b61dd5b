using System.Text.RegularExpressions;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>
/// Reads the diagnostic table of docs/language.md (<c>| code | default | when |</c>, the first
/// table under the <c>## Diagnostics</c> heading). Users read that table, so the catalogue is
/// checked against it, not against a copy of it kept in the tests.
/// </summary>
internal static partial class LanguageReferenceDiagnosticTable
{
    [GeneratedRegex(@"^\|\s*(?<code>[^|]*?)\s*\|\s*(?<severity>[^|]*?)\s*\|\s*(?<when>.*?)\s*\|\s*$")]
    private static partial Regex Row();

    public static IReadOnlyList<DocumentedDiagnostic> Read()
    {
        string[] lines = LanguageReference.Read().Split('\n');
        int section = Array.FindIndex(lines, line => line.StartsWith("## ", StringComparison.Ordinal) && line.Contains("Diagnostics", StringComparison.Ordinal));
        section.ShouldBeGreaterThanOrEqualTo(0, "docs/language.md has no '## ... Diagnostics' section");

        var rows = new List<DocumentedDiagnostic>();
        bool header = false;
        for (int i = section + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            Match match = Row().Match(lines[i]);
            if (!match.Success)
            {
                if (rows.Count > 0) break; // the first table ends at its first line that is not a row
                continue;
            }
            string code = match.Groups["code"].Value;
            if (code == "code") { header = true; continue; }
            if (code.StartsWith("---", StringComparison.Ordinal)) continue;
            header.ShouldBeTrue($"docs/language.md: the diagnostic table should start with '| code | default | when |', not '{lines[i]}'");
            DiagnosticSeverityText.TryParse(match.Groups["severity"].Value, out DiagnosticSeverity severity)
                .ShouldBeTrue($"docs/language.md, diagnostics: '{match.Groups["severity"].Value}' for {code} is not error, warning or info");
            rows.Add(new DocumentedDiagnostic(code, severity, match.Groups["when"].Value));
        }
        rows.ShouldNotBeEmpty("no diagnostic table was found in the Diagnostics section of docs/language.md");
        return rows;
    }
}
