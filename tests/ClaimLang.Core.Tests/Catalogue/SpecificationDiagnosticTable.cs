using System.Text.RegularExpressions;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>
/// Reads the diagnostic table of LANGUAGE.md section 6 (<c>| code | default | when |</c>). The
/// specification is the contract, so the catalogue is checked against this table, not against a
/// copy of it kept in the tests.
/// </summary>
internal static partial class SpecificationDiagnosticTable
{
    [GeneratedRegex(@"^\|\s*(?<code>[^|]*?)\s*\|\s*(?<severity>[^|]*?)\s*\|\s*(?<when>.*?)\s*\|\s*$")]
    private static partial Regex Row();

    public static IReadOnlyList<SpecifiedDiagnostic> Read()
    {
        string[] lines = SpecificationFile.Read().Replace("\r\n", "\n").Split('\n');
        int section = Array.FindIndex(lines, line => line.StartsWith("## 6.", StringComparison.Ordinal));
        section.ShouldBeGreaterThanOrEqualTo(0, "LANGUAGE.md has no section '## 6.' (Diagnostics)");

        var rows = new List<SpecifiedDiagnostic>();
        for (int i = section + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            Match match = Row().Match(lines[i]);
            if (!match.Success) continue;
            string code = match.Groups["code"].Value;
            if (code == "code" || code.StartsWith("---", StringComparison.Ordinal)) continue; // header and rule
            DiagnosticSeverityText.TryParse(match.Groups["severity"].Value, out DiagnosticSeverity severity)
                .ShouldBeTrue($"LANGUAGE.md section 6: '{match.Groups["severity"].Value}' for {code} is not error, warning or info");
            rows.Add(new SpecifiedDiagnostic(code, severity, match.Groups["when"].Value));
        }
        rows.ShouldNotBeEmpty("no diagnostic table was found in section 6 of LANGUAGE.md");
        return rows;
    }
}
