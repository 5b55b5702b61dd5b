using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Syntax;

/// <summary>
/// A claim keeps the shape of its subject, amount, unit and period instead of their nodes, and
/// the binder reads those parts through token accessors. Accessors and nodes must agree on every
/// claim, broken ones included (a slot the parser could not fill holds a missing token), and a
/// node made on demand must be the same object on every read, from any thread.
/// </summary>
public sealed class ClaimPartsTests
{
    [Fact]
    public void The_token_accessors_agree_with_the_nodes_on_generated_and_mutated_files() =>
        Mutations.Of(ValidFiles.File.Select(f => f.Text)).Sample(mutated =>
        {
            foreach (ClaimSyntax claim in Parse.Any(mutated.Text).Root.Members.OfType<ClaimSyntax>())
                AccessorsAgreeWithNodes(claim);
        }, iter: 1500);

    [Fact]
    public void The_token_accessors_agree_with_the_nodes_on_the_examples()
    {
        var claims = SourceFiles.ExampleFiles()
            .SelectMany(f => Parse.Any(SourceFiles.ReadExample(f)).Root.Members.OfType<ClaimSyntax>())
            .ToList();
        claims.Count.ShouldBeGreaterThan(10);
        foreach (ClaimSyntax claim in claims) AccessorsAgreeWithNodes(claim);
    }

    [Theory]
    [InlineData("source BBC says Iran -> Syria aid 1.5..2 billion USD/yr 2011-03..2015 as of 2016")]
    [InlineData("L1: source DW quoting A quoting B says Iran ~36e9 USD 2011 status disputed")]
    [InlineData("source BBC says Iran -> Syria > 3 million barrel/day 2018-06-08")]
    [InlineData("source BBC says Iran -> Syria 12 thousand..14 USD 2011..2012")]
    [InlineData("source BBC says Iran -> Syria USD/ 2011..")]
    [InlineData("source BBC says -> ~ % ..")]
    public void Written_claims_read_the_same_both_ways(string text)
    {
        ClaimSyntax claim = Parse.Any(text).Root.Members.OfType<ClaimSyntax>().Single();
        AccessorsAgreeWithNodes(claim);
    }

    [Fact]
    public void A_part_is_made_once_and_is_the_same_object_for_every_reader()
    {
        string text = string.Concat(Enumerable.Range(0, 400).Select(i => $"source BBC says Iran -> Syria aid {i} USD/yr 2011..2015\n"));
        ClaimSyntax[] claims = [.. Parse.Valid(text).Root.Members.OfType<ClaimSyntax>()];

        var seen = new (SubjectSyntax, AmountSyntax, UnitSyntax, PeriodSyntax)[4][];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            reader => seen[reader] = [.. claims.Select(c => (c.Subject, c.Amount, c.Unit, c.Period))]);

        for (int i = 0; i < claims.Length; i++)
        {
            var (subject, amount, unit, period) = seen[0][i];
            foreach (var other in seen.Skip(1))
            {
                other[i].Item1.ShouldBeSameAs(subject);
                other[i].Item2.ShouldBeSameAs(amount);
                other[i].Item3.ShouldBeSameAs(unit);
                other[i].Item4.ShouldBeSameAs(period);
            }
            claims[i].Subject.ShouldBeSameAs(subject);
            subject.Parent.ShouldBeSameAs(claims[i]);
            amount.Parent.ShouldBeSameAs(claims[i]);
        }
    }

    private static void AccessorsAgreeWithNodes(ClaimSyntax claim)
    {
        string where = $"claim {TextEscaper.Quote(claim.ToString())}";
        claim.SubjectFrom.ShouldBe(claim.Subject.From, where);
        claim.SubjectTo.ShouldBe(claim.Subject.To, where);
        claim.IsFlow.ShouldBe(claim.Subject.IsFlow, where);
        claim.UnitName.ShouldBe(claim.Unit.Name, where);
        claim.RateTimeUnit.ShouldBe(claim.Rate?.TimeUnit, where);
        claim.IsRate.ShouldBe(claim.Rate is not null, where);
        claim.PeriodStart.ShouldBe(claim.Period.Start, where);
        claim.PeriodEnd.ShouldBe(claim.Period.End, where);

        ClaimAmountTokens tokens = claim.AmountTokens;
        tokens.Form.ShouldBe(claim.Amount.Kind, where);
        switch (claim.Amount)
        {
            case ValueAmountSyntax value:
                (tokens.First, tokens.FirstScale).ShouldBe((value.Value.NumberToken, value.Value.ScaleWord), where);
                break;
            case RangeAmountSyntax range:
                (tokens.First, tokens.FirstScale, tokens.Second, tokens.SecondScale)
                    .ShouldBe((range.Low.NumberToken, range.Low.ScaleWord, (SyntaxToken?)range.High.NumberToken, range.High.ScaleWord), where);
                break;
            case BoundAmountSyntax bound:
                (tokens.Prefix, tokens.First, tokens.FirstScale).ShouldBe(((SyntaxToken?)bound.OperatorToken, bound.Value.NumberToken, bound.Value.ScaleWord), where);
                break;
            case ApproximateAmountSyntax approximate:
                (tokens.Prefix, tokens.First, tokens.FirstScale).ShouldBe(((SyntaxToken?)approximate.Tilde, approximate.Value.NumberToken, approximate.Value.ScaleWord), where);
                break;
        }
        if (tokens.Form != SyntaxKind.RangeAmount) (tokens.Second, tokens.SecondScale).ShouldBe((null, null), where);
        if (tokens.Form is SyntaxKind.ValueAmount or SyntaxKind.RangeAmount) tokens.Prefix.ShouldBeNull(where);
    }
}
