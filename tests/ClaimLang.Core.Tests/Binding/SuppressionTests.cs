using ClaimLang.Binding;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>`// claimlang-ignore CODE reason` directly before a claim suppresses that code on that claim (docs/language.md, "Comments and suppression").</summary>
public sealed class SuppressionTests
{
    private static Diagnostic[] Diagnostics(string claims) =>
        ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations), ("c.claim", claims)).GetDiagnostics()
            .Where(d => d.Id != "CL1004").ToArray();

    [Fact]
    public void A_comment_directly_before_a_claim_suppresses_its_code_and_keeps_the_reason()
    {
        Diagnostic diagnostic = Diagnostics("""
            source BBC_Persian says Iran -> Syria aid 5e9 USD 2018
              // claimlang-ignore CL3001 the source swapped the years; kept as published
              source BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011
            """).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CL3001");
        diagnostic.IsSuppressed.ShouldBeTrue();
        diagnostic.Justification.ShouldBe("the source swapped the years; kept as published");
    }

    [Theory]
    [InlineData("// claimlang-ignore CL2003 reason\n\nsource BBC_Persian says Iran -> Syria aid 15..14 billion USD 2018")] // a blank line between
    [InlineData("// claimlang-ignore CL3001 another code\nsource BBC_Persian says Iran -> Syria aid 15..14 billion USD 2018")]
    [InlineData("// claimlang-ignoreCL2003\nsource BBC_Persian says Iran -> Syria aid 15..14 billion USD 2018")]
    [InlineData("/* claimlang-ignore CL2003 */\nsource BBC_Persian says Iran -> Syria aid 15..14 billion USD 2018")]
    public void Only_a_line_comment_naming_the_code_on_the_line_right_above_suppresses(string text) =>
        Diagnostics(text).ShouldHaveSingleItem().IsSuppressed.ShouldBeFalse();

    [Fact]
    public void Several_comments_and_several_codes_may_stand_above_one_claim()
    {
        var diagnostics = Diagnostics("""
            // claimlang-ignore CL2003 the range is as printed
            // claimlang-ignore CL1001,CL3001 both as published
            source BBC_Persian says Iran -> Syria aid 15..14 billion USD 2017..2011
            source Nobody says Iran -> Syria aid 5e9 USD 2018
            """);
        diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id).ShouldBe(["CL2003", "CL3001"], ignoreOrder: true);
        diagnostics.Where(d => !d.IsSuppressed).Select(d => d.Id).ShouldBe(["CL1001"]);
    }

    [Fact]
    public void Parsing_reads_codes_and_reason()
    {
        SuppressionComment.Parse("// claimlang-ignore CL4001 known disagreement").ShouldBe(
            new SuppressionComment(["CL4001"], "known disagreement"), new SuppressionCommentComparer());
        SuppressionComment.Parse("//claimlang-ignore CL4001").ShouldNotBeNull().Reason.ShouldBe("");
        SuppressionComment.Parse("// claimlang-ignore").ShouldBeNull();
        SuppressionComment.Parse("// see claimlang-ignore CL4001").ShouldBeNull();
    }

    private sealed class SuppressionCommentComparer : IEqualityComparer<SuppressionComment>
    {
        public bool Equals(SuppressionComment? x, SuppressionComment? y) =>
            x is not null && y is not null && x.Codes.SequenceEqual(y.Codes) && x.Reason == y.Reason;

        public int GetHashCode(SuppressionComment obj) => obj.Reason.GetHashCode(StringComparison.Ordinal);
    }
}
