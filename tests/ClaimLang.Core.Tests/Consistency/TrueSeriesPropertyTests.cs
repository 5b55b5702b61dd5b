using System.Globalization;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// Claims written from a known true series, rounded the way sources round, never conflict;
/// and a claim pushed far out of its true range, among claims that pin the truth, is always
/// named by a finding (docs/language.md, "Meaning").
/// </summary>
public sealed class TrueSeriesPropertyTests
{
    private const string Declarations = "source S1\nsource S2\nsource S3\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n";

    [Fact]
    public void Claims_rounded_from_a_true_series_never_conflict()
    {
        var random = new Random(11);
        for (int run = 0; run < 300; run++)
        {
            double[] truth = TrueSeries(random);
            var claims = Enumerable.Range(0, random.Next(2, 9)).Select(_ => HonestClaim(random, truth)).ToList();
            string text = Declarations + string.Join("\n", claims);
            Findings(text).ShouldBeEmpty(text);
        }
    }

    [Fact]
    public void A_claim_pushed_out_of_its_true_range_is_always_named()
    {
        var random = new Random(12);
        for (int run = 0; run < 300; run++)
        {
            double[] truth = TrueSeries(random);
            // Every year is pinned by a yearly claim; then one multi-year total, pushed by 20× or to 1/20.
            var claims = Enumerable.Range(0, truth.Length).Select(y => $"source S{random.Next(1, 4)} says A -> B aid {Written(truth[y], random)} USD {2010 + y}").ToList();
            int start = random.Next(truth.Length - 1), end = random.Next(start + 1, truth.Length);
            double total = truth[start..(end + 1)].Sum() * (random.Next(2) == 0 ? 20 : 0.05);
            claims.Insert(random.Next(claims.Count + 1), $"source S{random.Next(1, 4)} says A -> B aid {Written(total, random)} USD {2010 + start}..{2010 + end}");
            string text = Declarations + string.Join("\n", claims);
            int pushedLine = Declarations.Count(c => c == '\n') + claims.FindIndex(c => c.Contains("..", StringComparison.Ordinal) && c.EndsWith($"{2010 + start}..{2010 + end}", StringComparison.Ordinal)) + 1;
            Findings(text).SelectMany(d => new[] { d.Location }.Concat(d.RelatedLocations.Select(r => r.Location)))
                .Select(l => l.Start.Line + 1).ShouldContain(pushedLine, text);
        }
    }

    private static IEnumerable<ClaimLang.Diagnostics.Diagnostic> Findings(string text) =>
        ClaimCompilation.Create([SyntaxTree.ParseText(text, "t.claim")]).GetDiagnostics().Where(d => d.Id is "CL4001" or "CL4002");

    // Yearly amounts for 2010..2015, between 1e8 and 1e10.
    private static double[] TrueSeries(Random random) => [.. Enumerable.Range(0, 6).Select(_ => Math.Round(random.NextDouble() * 9.9e9 + 1e8, 0))];

    // A true statement about the series, in one of the forms sources use.
    private static string HonestClaim(Random random, double[] truth)
    {
        int start = random.Next(truth.Length), end = random.Next(start, truth.Length);
        double total = truth[start..(end + 1)].Sum();
        string period = start == end ? $"{2010 + start}" : $"{2010 + start}..{2010 + end}";
        return random.Next(5) switch
        {
            0 => $"source S1 says A -> B aid {Written(total, random)} USD {period}",
            1 => $"source S2 says A -> B aid {Written(total * 0.8, random)}..{Written(total * 1.25, random)} USD {period}",
            2 => $"source S3 says A -> B aid {Written(total / (end - start + 1), random)} USD/yr {period}",
            3 => $"source S1 says A -> B aid >= {Written(total * 0.5, random)} USD {period}",
            _ => $"source S2 says A -> B aid ~{Written(total, random)} USD {period}",
        };
    }

    // Rounded as sources round: to 2 or 3 significant digits, written with an exponent.
    private static string Written(double value, Random random)
    {
        int digits = random.Next(2, 4);
        int exponent = (int)Math.Floor(Math.Log10(value)) - digits + 1;
        double mantissa = Math.Round(value / Math.Pow(10, exponent));
        return string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{exponent}");
    }
}
