using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Parsing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Parsing;

/// <summary>
/// The incremental re-parse must give, whenever it answers, exactly the tree a full parse of
/// the new text gives: the same token table (every element's start and kind, every token's
/// element), the same nodes, no diagnostics. Random edits of the kinds an analyst makes, at
/// random places, over every example file and a generated corpus.
/// </summary>
public sealed class IncrementalParseTests
{
    private static readonly string[] Insertions =
    [
        "1", "0", "e9", " ", "x", "_", "\n", "\n\n", "  ", "// note\n", "/* c */", "..", "->", " USD", "/yr", "~", "<", ">=",
        "source BBC_Persian says Iran -> Syria aid 5 USD 2018\n", "entity Iraq\n", "lbl: ", "\"", "{", "}", "as of 2018-02 ",
        "status disputed ", "note \"n\" ", ":", "2019", "-", "é", "😀",
    ];

    [Fact]
    public void Every_answer_is_the_full_parse_of_the_new_text()
    {
        // Go on from the new text while it is valid; a broken one is left for the next edit to
        // start again from the last valid text.
        var (incremental, _, edits) = Replay(seed: 20261124, (tree, next, step) => next.Diagnostics.IsEmpty ? next : tree);

        // The test means something only if most edits take the incremental path.
        incremental.ShouldBeGreaterThan(edits / 3, $"{incremental} of {edits} edits were re-parsed incrementally");
    }

    [Fact]
    public void Every_answer_is_the_full_parse_of_the_new_text_while_the_file_is_broken_too()
    {
        // Go on from the new text, valid or not, as an editor does; start again from the sample
        // now and then, so that the file is not broken beyond repair.
        var (incremental, broken, edits) = Replay(seed: 11242026, (_, next, step) => step % 20 == 19 ? null : next);

        incremental.ShouldBeGreaterThan(edits / 8, $"{incremental} of {edits} edits were re-parsed incrementally");
        broken.ShouldBeGreaterThan(edits / 20, $"{broken} of {edits} edits of or to a broken file were re-parsed incrementally");
    }

    /// <summary>
    /// 300 random edits of each sample; every incremental answer is compared with the full parse.
    /// <paramref name="nextTree"/> picks the tree the next edit starts from (null: the sample again).
    /// </summary>
    private static (int Incremental, int Broken, int Edits) Replay(int seed, Func<SyntaxTree, SyntaxTree, int, SyntaxTree?> nextTree)
    {
        var random = new Random(seed);
        int incremental = 0, broken = 0, edits = 0;
        foreach (string text in Samples())
        {
            SyntaxTree tree = SyntaxTree.ParseText(text, "sample.claim");
            for (int i = 0; i < 300; i++)
            {
                TextChange change = RandomChange(random, tree.Text.Text);
                string newText = TextChange.Apply(tree.Text.Text, [change]);
                SyntaxTree full = SyntaxTree.ParseText(newText, "sample.claim");
                SyntaxTree? reparsed = IncrementalParser.TryReparse(tree, change, newText);
                edits++;
                if (reparsed is not null)
                {
                    incremental++;
                    if (!full.Diagnostics.IsEmpty || !tree.Diagnostics.IsEmpty) broken++;
                    ShouldBeTheSame(reparsed, full, tree.Text.Text, change);
                }
                tree = nextTree(tree, reparsed ?? full, i) ?? SyntaxTree.ParseText(text, "sample.claim");
            }
        }
        return (incremental, broken, edits);
    }

    [Fact]
    public void WithChange_gives_the_new_text_s_tree_whether_or_not_it_can_reparse_incrementally()
    {
        const string text = "entity Iran\nsource S says Iran -> Syria aid 5 USD 2018\n";
        SyntaxTree tree = SyntaxTree.ParseText(text, "a.claim");

        SyntaxTree valid = tree.WithChange(new TextChange(new TextSpan(text.IndexOf(" USD", StringComparison.Ordinal), 0), "0"));
        SyntaxTree broken = tree.WithChange(new TextChange(new TextSpan(0, 6), "enti ty"));

        valid.ToFullString().ShouldBe("entity Iran\nsource S says Iran -> Syria aid 50 USD 2018\n");
        SyntaxTreeDumper.Dump(valid).ShouldBe(SyntaxTreeDumper.Dump(SyntaxTree.ParseText(valid.ToFullString(), "a.claim")));
        broken.Diagnostics.ShouldNotBeEmpty();
        broken.FilePath.ShouldBe("a.claim");
    }

    [Fact]
    public void A_mistake_whose_recovery_takes_in_the_next_claim_is_reparsed_in_a_wider_region()
    {
        // "source S2" alone is a declaration; recovery then reads "sxays ..." as a claim that
        // runs on into the next line, so the nearest neighbours do not stay clean.
        string text = "source S1\nsource S2\nentity A\nentity B\nmetric aid { kind flow  unit USD }\n"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"source S{1 + i % 2} says A -> B aid {i + 1}e8 USD {1900 + i}-0{1 + i % 9}..{1901 + i}-0{1 + i % 9}\n"));
        SyntaxTree tree = SyntaxTree.ParseText(text, "a.claim");
        int says = text.IndexOf(" says", text.Length / 2, StringComparison.Ordinal);
        var change = new TextChange(new TextSpan(says + 2, 0), "x");
        string newText = TextChange.Apply(text, [change]);

        SyntaxTree reparsed = IncrementalParser.TryReparse(tree, change, newText).ShouldNotBeNull();

        reparsed.Diagnostics.ShouldNotBeEmpty();
        ShouldBeTheSame(reparsed, SyntaxTree.ParseText(newText, "a.claim"), text, change);
    }

    private static void ShouldBeTheSame(SyntaxTree reparsed, SyntaxTree full, string oldText, TextChange change)
    {
        string context = $"edit {change} of:\n{oldText}";
        reparsed.ToFullString().ShouldBe(full.ToFullString(), context);
        reparsed.Diagnostics.Select(Describe).ShouldBe(full.Diagnostics.Select(Describe), context);
        reparsed.Table.Starts.ToArray().ShouldBe(full.Table.Starts.ToArray(), context);
        reparsed.Table.Kinds.ToArray().ShouldBe(full.Table.Kinds.ToArray(), context);
        reparsed.Table.TokenElements.ToArray().ShouldBe(full.Table.TokenElements.ToArray(), context);
        SyntaxTreeDumper.Dump(reparsed).ShouldBe(SyntaxTreeDumper.Dump(full), context);
    }

    private static string Describe(ClaimLang.Diagnostics.Diagnostic d) => $"{d.Id} {d.Location.Span} {d.Location.LineSpan} {d.Severity} {d.Message}";

    private static TextChange RandomChange(Random random, string text)
    {
        int start = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 => new TextChange(new TextSpan(start, 0), Insertions[random.Next(Insertions.Length)]),
            1 => new TextChange(new TextSpan(start, Math.Min(text.Length - start, random.Next(1, 4))), ""),
            _ => new TextChange(new TextSpan(start, Math.Min(text.Length - start, random.Next(0, 3))), Insertions[random.Next(Insertions.Length)]),
        };
    }

    private static IEnumerable<string> Samples()
    {
        foreach (string file in SourceFiles.ExampleFiles()) yield return SourceFiles.ReadExample(file);
        yield return string.Concat(Enumerable.Range(0, 60).Select(i =>
            $"c{i}: source BBC_Persian quoting de_Mistura says Iran -> Syria aid {i + 1}e9 USD/yr 2011..{2012 + i % 5} as of 2018-02 status disputed\n" +
            $"// a comment {i}\n" +
            $"source Bloomberg says Iran aid ~{i}.5e9 USD 2015 note \"n {i}\" cite \"https://example.org/{i}\"\n"));
    }
}
