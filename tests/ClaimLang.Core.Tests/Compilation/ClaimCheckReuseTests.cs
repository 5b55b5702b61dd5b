using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Compilation;

/// <summary>
/// In an editor a file's claims that an edit did not touch keep what their checks found
/// (<see cref="Binding.ClaimCheck"/>), moved with them. After any run of edits made as an editor
/// makes them (incremental parses), the diagnostics and meanings must be exactly those of a
/// fresh check of the same text, wherever the edits fell and whatever the claims report.
/// </summary>
public sealed class ClaimCheckReuseTests
{
    private const string Declarations = """
        source A "A"
        source B "B"
        entity X "X"
        entity Y "Y"
        metric aid "Aid" { kind flow  unit USD }
        metric share "Share" { kind level  unit %  min 0  max 100 }

        """;

    private static readonly CompilationOptions Editor = CompilationOptions.Default with { Interactive = true };

    // Claims that check cleanly and claims with findings of their own: an undeclared name, an
    // unknown unit, a share above its metric's max, and (rarely: the parser then re-parses the
    // whole file, and nothing is taken over) a date not in the calendar.
    private static string Claim(Random random)
    {
        string source = random.Next(8) == 0 ? "Q" : "AB"[random.Next(2)].ToString();
        int year = 2010 + random.Next(6);
        string period = random.Next(400) == 0 ? $"{year}-13" : random.Next(2) == 0 ? $"{year}" : $"{year}..{year + random.Next(1, 4)}";
        string label = random.Next(4) == 0 ? $"c{random.Next(1000)}: " : "";
        return random.Next(3) switch
        {
            0 => $"{label}source {source} says {(random.Next(6) == 0 ? "Z" : "Y")} share {random.Next(1, 9) * (random.Next(6) == 0 ? 30 : 1)} % {period}",
            1 => $"{label}source {source} says X -> Y aid ~{random.Next(1, 9)}e9 {(random.Next(6) == 0 ? "XYZ" : "USD")} {period}",
            _ => $"{label}source {source} says X -> Y aid {random.Next(1, 5)}e8..{random.Next(5, 9)}e8 USD/yr {period} note \"n{random.Next(9)}\"",
        };
    }

    // One edit of one line, as an editor sends it: a claim rewritten, added, removed, or one digit changed.
    private static TextChange Edit(string text, Random random)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        int firstClaim = starts.FindIndex(s => LineAt(text, s).Contains(" says ", StringComparison.Ordinal));
        int line = firstClaim + random.Next(starts.Count - 1 - firstClaim);
        int start = starts[line], end = line + 1 < starts.Count ? starts[line + 1] : text.Length;
        switch (random.Next(4))
        {
            case 0: return new TextChange(TextSpan.FromBounds(start, end), Claim(random) + "\n");
            case 1: return new TextChange(new TextSpan(start, 0), Claim(random) + "\n");
            case 2: return new TextChange(TextSpan.FromBounds(start, end), "");
            default:
                int digit = text.IndexOfAny("123456789".ToCharArray(), start);
                return digit < 0 || digit >= end ? new TextChange(new TextSpan(start, 0), "") : new TextChange(new TextSpan(digit, 1), random.Next(1, 10).ToString());
        }
    }

    private static string LineAt(string text, int start)
    {
        int end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string[] Results(ClaimCompilation compilation, SyntaxTree tree) =>
        [.. compilation.GetDiagnostics().Select(d => $"{d.Id} {d.Severity} {d.Location.Span} {d.Location.LineSpan} {d.Message}"),
         .. compilation.GetFileChecks(tree).Meanings.Select(m => "checked " + Describe(m)),
         .. compilation.GetFileChecks(tree).UncheckedMeanings.Select(m => "unchecked " + Describe(m))];

    // The claim it belongs to (place and text, in the compilation's own tree) and what it says.
    private static string Describe(ClaimMeaning m) =>
        $"{m.Claim.Span} {m.Claim.Tree.Text.ToString(m.Claim.Span)} {m.Attribution} {m.From} {m.To} {m.Metric} {m.Unit} {m.StartDay}..{m.EndDay} {m.Total.Low}..{m.Total.High} {m.RatePer}";

    [Fact]
    public void After_any_run_of_edits_a_file_checks_as_a_fresh_check_of_its_text_does()
    {
        int reused = 0, checkedClaims = 0;
        for (int seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            string text = Declarations + string.Join('\n', Enumerable.Range(0, 40).Select(_ => Claim(random))) + "\n";
            var tree = SyntaxTree.ParseText(SourceText.From(text), "claims.claim");
            ClaimCompilation compilation = ClaimCompilation.Create([tree], Editor);
            _ = compilation.GetDiagnostics();
            for (int step = 0; step < 30; step++)
            {
                TextChange change = Edit(text, random);
                text = TextChange.Apply(text, [change]);
                SyntaxTree edited = tree.WithChange(change);
                compilation = compilation.ReplaceSyntaxTree(tree, edited);
                tree = edited;
                var fresh = SyntaxTree.ParseText(SourceText.From(text), "claims.claim");
                Results(compilation, tree).ShouldBe(Results(ClaimCompilation.Create([fresh], Editor), fresh), $"seed {seed}, step {step}:\n{text}");
                reused += compilation.GetFileChecks(tree).ReusedClaims;
                checkedClaims += tree.Root.Claims.Count();
            }
        }
        // Most claims of most edits are taken over; were none, this test would hold nothing.
        reused.ShouldBeGreaterThan(checkedClaims / 2);
    }
}
