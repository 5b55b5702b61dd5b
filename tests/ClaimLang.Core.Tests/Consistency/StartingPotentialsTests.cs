using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// An editor checks a flow group again after each edit starting from the potentials that showed
/// it to hold at the last check (<see cref="StartingPotentials"/>). A start may only make the
/// verdict come sooner: the conflicts found must be exactly those of a check from nothing, for
/// groups that still hold and for groups an edit broke.
/// </summary>
public sealed class StartingPotentialsTests
{
    private const string Declarations = "source A\nsource B\nentity X\nentity Y\nmetric aid { kind flow  unit USD }\n";

    // Claims about one true series (1e9 a year, every month the same) rounded as sources round,
    // so that most groups hold; an edit may then break one.
    private static string Claim(Random random)
    {
        int year = 2000 + random.Next(8), month = 1 + random.Next(12);
        (string period, double years) = random.Next(3) switch
        {
            0 => ($"{year}", 1.0),
            1 => ($"{year}..{year + 2}", 3.0),
            _ => ($"{year}-{month:00}", 1.0 / 12),
        };
        double total = 1e9 * years * (random.Next(10) == 0 ? 3 : 1);
        string amount = random.Next(3) switch
        {
            0 => FormattableString.Invariant($"~{total:0.###e0}"),
            1 => FormattableString.Invariant($"{total * 0.9:0.###e0}..{total * 1.1:0.###e0}"),
            _ => FormattableString.Invariant($">= {total * 0.5:0.###e0}"),
        };
        return $"source {"AB"[random.Next(2)]} says X -> Y aid {amount} USD {period}";
    }

    private static List<ClaimMeaning> Group(IEnumerable<string> claims)
    {
        var tree = SyntaxTree.ParseText(SourceText.From(Declarations + string.Join('\n', claims) + "\n"), "group.claim");
        var compilation = ClaimCompilation.Create([tree]);
        compilation.RunFileChecks();
        compilation.GetFileChecks(tree).Diagnostics.Where(d => d.Severity == ClaimLang.Diagnostics.DiagnosticSeverity.Error).ShouldBeEmpty();
        return [.. compilation.GetFileChecks(tree).Meanings];
    }

    private static string Describe(List<int[]> conflicts) => string.Join(" | ", conflicts.Select(c => string.Join(",", c)));

    [Fact]
    public void A_start_from_the_last_potentials_finds_what_a_check_from_nothing_finds()
    {
        int started = 0, held = 0;
        for (int seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var claims = Enumerable.Range(0, random.Next(3, 40)).Select(_ => Claim(random)).ToList();
            var before = new FlowGroupChecker();
            before.FindConflicts(Group(claims), nonNegative: true);
            if (before.SettledPotentials() is not { } potentials) continue;
            held++;

            claims[random.Next(claims.Count)] = Claim(random); // one claim edited
            if (random.Next(3) == 0) claims.Add(Claim(random));
            List<ClaimMeaning> edited = Group(claims);
            var fromNothing = new FlowGroupChecker();
            var fromStart = new FlowGroupChecker();
            List<int[]> expected = fromNothing.FindConflicts(edited, nonNegative: true);
            Describe(fromStart.FindConflicts(edited, nonNegative: true, potentials)).ShouldBe(Describe(expected), $"seed {seed}");
            (fromStart.SettledPotentials() is null).ShouldBe(fromNothing.SettledPotentials() is null, $"seed {seed}");
            started += fromStart.StartsTaken;
        }
        // Were the start never taken, this test would compare a search with itself.
        held.ShouldBeGreaterThan(100);
        started.ShouldBeGreaterThan(held / 3);
    }

    [Fact]
    public void A_start_that_no_longer_holds_leaves_the_verdict_to_the_search_from_nothing()
    {
        List<ClaimMeaning> holding = Group(["source A says X -> Y aid 10 USD 2001", "source B says X -> Y aid 20 USD 2001..2002"]);
        var first = new FlowGroupChecker();
        first.FindConflicts(holding, nonNegative: true).ShouldBeEmpty();
        StartingPotentials potentials = first.SettledPotentials().ShouldNotBeNull();

        List<ClaimMeaning> broken = Group(["source A says X -> Y aid 30 USD 2001", "source B says X -> Y aid 20 USD 2001..2002"]);
        var again = new FlowGroupChecker();
        Describe(again.FindConflicts(broken, nonNegative: true, potentials)).ShouldBe("0,1");
        again.StartsTaken.ShouldBe(0);
        again.SettledPotentials().ShouldBeNull();
    }
}
