using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Emit;

namespace ClaimLang.Core.Tests.Emit;

/// <summary>
/// A claim whose amount lies outside its metric's min/max (CL2004, suppressed so that the
/// project builds) is still a claim about a period: its row has every column that does not
/// depend on the amount being allowed. It takes no part in the consistency checks all the same.
/// </summary>
public sealed class OutOfBoundsClaimRowTests
{
    private const string Declarations = """
        source S
        source T
        entity A
        entity B
        metric share { kind level  unit %  min 0  max 100 }
        metric aid { kind flow  unit USD }
        """;

    private const string Claims = """
        // claimlang-ignore CL2004 the source's own figure, above what a share can be
        source S says A share 150 % 2018..2019
        // claimlang-ignore CL2004 a repayment, written as negative aid
        source S says A -> B aid -5e9 USD/yr 2018-07..2019-06
        source T says A share 20 % 2018..2019
        """;

    private static ClaimCompilation Project() => ProjectBuilder.Compile(("d.claim", Declarations), ("c.claim", Claims));

    private static ClaimRecord Row(int line)
    {
        ClaimCompilation project = Project();
        return DatasetBuilder.Build(project).Claims.Single(c => c.Line == line);
    }

    [Fact]
    public void A_level_outside_its_bounds_keeps_its_period_and_amounts()
    {
        ClaimRecord row = Row(2);

        row.PeriodStart.ShouldBe(new DateOnly(2018, 1, 1));
        row.PeriodEnd.ShouldBe(new DateOnly(2019, 12, 31));
        row.DurationYears.ShouldBe(2.0);
        (row.Low, row.High).ShouldBe((149.5, 150.5));
        (row.TotalLow, row.TotalHigh).ShouldBe((149.5, 150.5));
    }

    [Fact]
    public void A_rate_outside_its_bounds_keeps_its_period_and_its_total()
    {
        ClaimRecord row = Row(4);

        row.RatePer.ShouldBe("year");
        (row.PeriodStart, row.PeriodEnd).ShouldBe((new DateOnly(2018, 7, 1), new DateOnly(2019, 6, 30)));
        row.DurationYears.ShouldBe(1.0);
        (row.Low, row.High).ShouldBe((-5.5e9, -4.5e9));
        (row.TotalLow, row.TotalHigh).ShouldBe((-5.5e9, -4.5e9));
    }

    [Fact]
    public void A_claim_outside_its_bounds_still_takes_no_part_in_consistency_checks() =>
        ProjectBuilder.Diagnostics(Project(), "CL4").ShouldBeEmpty();
}
