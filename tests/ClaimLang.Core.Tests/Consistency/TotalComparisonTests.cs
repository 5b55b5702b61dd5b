using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Consistency;

/// <summary>
/// The consistency checks compare the doubles a meaning keeps and read exact fractions only when
/// the doubles cannot tell: the answers must be those of the exact intervals, above all where
/// ends touch at values doubles cannot hold (0.1 steps, ±10 % of a number, rates over months).
/// </summary>
public sealed class TotalComparisonTests
{
    private const string Declarations = "source S1\nsource S2\nentity A\nentity B\nmetric rate { kind level  unit % }\nmetric aid { kind flow  unit USD }\n";

    // Ends that meet at 0.35, 2.7, 9.9 and the like: rounding of one decimal, ±10 %, ranges.
    private static readonly Gen<string> LevelAmount = Gen.Int[0, 5].SelectMany(form => Gen.Int[1, 40].SelectMany(a => Gen.Int[0, 9].Select(b => form switch
    {
        0 => $"{a / 10}.{a % 10} %",
        1 => $"{a / 10}.{a % 10}..{a / 10 + 1}.{b} %",
        2 => $">= {a / 10}.{a % 10}{b} %",
        3 => $"<= {a / 10}.{a % 10} %",
        4 => $"~{a / 10}.{a % 10} %",
        _ => $"~{a} %",
    })));

    private static readonly Gen<string> FlowAmount = Gen.Int[0, 3].SelectMany(form => Gen.Int[1, 40].Select(a => form switch
    {
        0 => $"{a / 10}.{a % 10}e9 USD/mo",
        1 => $"~{a}e9 USD/yr",
        2 => $"{a}e9..{a + 1}.5e9 USD/day",
        _ => $"{a / 10}.{a % 10}e9 USD",
    }));

    private static ClaimMeaning[] Meanings(params string[] claims)
    {
        string text = Declarations + string.Join("\n", claims) + "\n";
        var tree = SyntaxTree.ParseText(text, "pairs.claim");
        var model = ClaimCompilation.Create([tree]).GetSemanticModel(tree);
        return [.. tree.Root.Claims.Select(c => model.GetMeaning(c).ShouldNotBeNull(text))];
    }

    private static ClaimMeaning[] MeaningsThatRead(params string[] claims)
    {
        var tree = SyntaxTree.ParseText(Declarations + string.Join("\n", claims) + "\n", "pairs.claim");
        var model = ClaimCompilation.Create([tree]).GetSemanticModel(tree);
        return [.. tree.Root.Claims.Select(model.GetMeaning).OfType<ClaimMeaning>()];
    }

    [Fact]
    public void Levels_intersect_as_their_exact_amounts_do() =>
        Gen.Select(LevelAmount, LevelAmount).Sample((a, b) =>
        {
            ClaimMeaning[] m = Meanings($"source S1 says A rate {a} 2018", $"source S2 says A rate {b} 2018");
            TotalComparison.AmountsIntersect(m[0], m[1]).ShouldBe(m[0].Amount.Intersects(m[1].Amount), $"{a} / {b}");
        }, iter: 3_000);

    [Fact]
    public void Totals_are_the_same_exactly_when_the_exact_totals_are() =>
        Gen.Select(FlowAmount, FlowAmount, Gen.Bool).Sample((a, b, same) =>
        {
            ClaimMeaning[] m = Meanings($"source S1 says A -> B aid {a} 2018-01..2019-05", $"source S1 says A -> B aid {(same ? a : b)} 2018-01..2019-05");
            TotalComparison.SameTotal(m[0], m[1]).ShouldBe(m[0].Total == m[1].Total, $"{a} / {b}");
        }, iter: 3_000);

    // Signs, magnitudes down among the subnormal doubles, and ends a third or a tenth apart.
    private static readonly Gen<string> SignedNumber = Gen.Select(Gen.Bool, Gen.Int[1, 40], Gen.Int[0, 5].Select(k => new[] { "e-330", "e-320", "e-300", "e-12", "", "e9" }[k]))
        .Select((negative, a, scale) => $"{(negative ? "-" : "")}{a / 10}.{a % 10}{scale}");

    private static readonly Gen<string> SignedAmount = Gen.Int[0, 3].SelectMany(form => Gen.Select(SignedNumber, SignedNumber).Select((x, y) => form switch
    {
        0 => $"{x} %",
        1 => $"{x}..{y} %",
        2 => $"~{x} %",
        _ => $"<= {x} %",
    }));

    [Fact]
    public void A_low_end_above_a_high_end_and_a_high_end_below_zero_are_answered_as_exactly() =>
        Gen.Select(SignedAmount, SignedAmount).Sample((a, b) =>
        {
            ClaimMeaning[] m = MeaningsThatRead($"source S1 says A rate {a} 2018", $"source S2 says A rate {b} 2018");
            if (m.Length < 2) return; // an empty range, or a number past doubles, has no meaning to compare
            AmountInterval x = m[0].Total, y = m[1].Total;
            TotalComparison.LowAboveHigh(m[0], m[1]).ShouldBe(x.Low is { } low && y.High is { } high && low > high, $"{a} / {b}");
            TotalComparison.LowAboveHigh(m[0], m[0]).ShouldBe(x.Low is { } l && x.High is { } h && l > h, a);
            TotalComparison.HighBelowZero(m[0]).ShouldBe(x.High is { } top && top.Sign < 0, a);
        }, iter: 3_000);
}
