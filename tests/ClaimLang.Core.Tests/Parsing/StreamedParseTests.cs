using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Parsing;

/// <summary>
/// A valid file is parsed and built one member at a time, and the lexer's arrays and the
/// parser's token objects are reused by the next file parsed on the same thread. Neither may
/// show: a file with a mistake late in it is reported as if parsed whole, and a tree stays
/// intact however many files are parsed after it.
/// </summary>
public sealed class StreamedParseTests
{
    private const string Claim = "source BBC says Iran -> Syria aid 1 USD ";

    [Fact]
    public void What_the_members_before_a_late_mistake_report_is_reported_once()
    {
        // The bad year is found while the first member is built; the mistake in the last member
        // then sends the whole file to the recovering parse, which builds (and reports) it again.
        string text = Claim + "20110\n" + Claim + "2011\n" + "source BBC says Iran -> Syria aid USD 2011\n";

        string[] diagnostics = Parse.Diagnostics(text);

        diagnostics.Count(d => d.Contains("CL0005", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n", diagnostics));
        diagnostics.Count(d => d.Contains("CL0001", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n", diagnostics));
        diagnostics.Length.ShouldBe(2, string.Join("\n", diagnostics));
    }

    [Fact]
    public void A_tree_stays_whole_after_later_files_reuse_the_parse_buffers()
    {
        string large = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{Claim}{2000 + i % 20}  // claim {i}\n"));
        string small = "person Shehadi \"Nadim Shehadi\"\n" + Claim + "2018\n";
        string broken = Claim + "\n" + Claim + "2018 as 2019\n";

        SyntaxTree first = SyntaxTree.ParseText(large, "large.claim");
        SyntaxTree second = SyntaxTree.ParseText(small, "small.claim");
        SyntaxTree third = SyntaxTree.ParseText(broken, "broken.claim");
        SyntaxTree fourth = SyntaxTree.ParseText(large, "large-again.claim");

        FullFidelity.Check(first, large, "large.claim");
        FullFidelity.Check(second, small, "small.claim");
        FullFidelity.Check(third, broken, "broken.claim");
        first.Root.Members.Length.ShouldBe(2000);
        first.Root.Members.OfType<ClaimSyntax>().Last().Period.ToString().ShouldBe("2019");
        second.Root.Members.Length.ShouldBe(2);
        third.Diagnostics.ShouldNotBeEmpty();
        SyntaxTreeDumper.Dump(fourth).ShouldBe(SyntaxTreeDumper.Dump(first));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(63)]
    [InlineData(300)]
    public void A_member_longer_than_the_parser_s_token_ring_keeps_every_token(int attributes)
    {
        // The parser's token objects are reused once their member is built; a member of more
        // tokens than the ring holds grows it, and every attribute keeps its own name and value.
        string block = string.Concat(Enumerable.Range(0, attributes).Select(i => $"  a{i} {i}\n"));
        string text = Claim + "2018\n" + "entity Iran {\n" + block + "}\n" + Claim + "2019\n";

        SyntaxTree tree = Parse.Valid(text);

        var declaration = tree.Root.Members[1].ShouldBeOfType<DeclarationSyntax>();
        var read = declaration.AttributeBlock!.Attributes.Select(a => $"{a.Name.Text}={a.Value.Text}");
        read.ShouldBe(Enumerable.Range(0, attributes).Select(i => $"a{i}={i}"));
        tree.Root.Members[2].ShouldBeOfType<ClaimSyntax>().Period.ToString().ShouldBe("2019");
    }

    [Fact]
    public void Files_parsed_on_many_threads_at_once_get_the_trees_they_get_alone()
    {
        string[] texts = Enumerable.Range(0, 40)
            .Select(i => string.Concat(Enumerable.Range(0, 50 + 37 * i).Select(j => $"{Claim}{2000 + (i + j) % 20}\n"))
                + (i % 3 == 0 ? Claim + "\n" : ""))
            .ToArray();
        string[] alone = texts.Select(t => Describe(SyntaxTree.ParseText(t))).ToArray();

        var together = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => together[i] = Describe(SyntaxTree.ParseText(texts[i])));

        together.ShouldBe(alone);
    }

    private static string Describe(SyntaxTree tree) => SyntaxTreeDumper.Dump(tree) + DiagnosticFormatter.FormatAll(tree.Diagnostics);
}
