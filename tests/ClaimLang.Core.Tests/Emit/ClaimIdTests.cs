using ClaimLang.Core.Tests.Binding;
using ClaimLang.Emit;

namespace ClaimLang.Core.Tests.Emit;

/// <summary>
/// Unlabelled claims are named FILE:LINE; several on one line (a claim ends where the next
/// starts) are told apart by #2, #3, and a claim alone on its line keeps the plain form.
/// </summary>
public sealed class ClaimIdTests
{
    private const string Declarations = """
        source S
        entity A
        entity B
        """;

    private static IEnumerable<string> Ids(string claims) =>
        DatasetBuilder.Build(ProjectBuilder.Compile(("d.claim", Declarations), ("c.claim", claims))).Claims.Select(c => c.Id);

    [Fact]
    public void Claims_sharing_a_line_have_distinct_ids()
    {
        Ids("source S says A -> B 1 USD 2018  source S says A -> B 2 USD 2019  source S says A -> B 3 USD 2020\n")
            .ShouldBe(["c.claim:1", "c.claim:1#2", "c.claim:1#3"]);
    }

    [Fact]
    public void A_claim_alone_on_its_line_is_file_and_line()
    {
        Ids("source S says A -> B 1 USD 2018\n\nsource S says A -> B\n  2 USD 2019\n")
            .ShouldBe(["c.claim:1", "c.claim:3"]);
    }

    [Fact]
    public void Labels_and_declarations_on_the_line_do_not_count()
    {
        Ids("first: source S says A -> B 1 USD 2018  source S says A -> B 2 USD 2019  source S says A -> B 3 USD 2020\n")
            .ShouldBe(["first", "c.claim:1", "c.claim:1#2"]);
    }

    [Fact]
    public void A_claim_that_starts_on_the_line_where_the_one_before_ends_keeps_the_plain_form()
    {
        Ids("source S says A -> B\n  1 USD 2018  source S says A -> B 2 USD 2019\n")
            .ShouldBe(["c.claim:1", "c.claim:2"]);
    }
}
