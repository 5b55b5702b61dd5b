using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Tests.Workspace;

/// <summary>
/// EditedText against the plain way: each edit placed with a fresh line table of the text the
/// one before it left, and a new string. Random runs of edits with every kind of line break,
/// positions past a line's end or the text's, and whole-text replacements.
/// </summary>
public sealed class EditedTextTests
{
    private static readonly string[] Pieces = ["a", "xyz", "\n", "\r\n", "\r", "\r\r\n", "\n\r", "é😀", "", "source S says A -> B aid 1e6 USD 2018\n"];

    // The plain way, as the buffer was edited before: a SourceText per edit, positions clamped.
    private static string Reference(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return change.Text;
        var source = SourceText.From(text);
        int Offset(LspPosition p) =>
            p.Line < 0 ? 0
            : p.Line >= source.LineCount ? text.Length
            : source.GetPosition(new LinePosition(p.Line, Math.Clamp(p.Character, 0, source.GetLineSpan(p.Line).Length)));
        int start = Offset(change.Range.Start);
        int end = Math.Max(start, Offset(change.Range.End));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    private static string RandomText(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static TextDocumentContentChangeEvent RandomChange(Random random, string text)
    {
        if (random.Next(40) == 0) return new TextDocumentContentChangeEvent(null, RandomText(random, random.Next(6)));
        int lines = SourceText.From(text).LineCount;
        LspPosition Position() => new(random.Next(-1, lines + 2), random.Next(-1, 12));
        LspPosition start = Position(), end = random.Next(3) == 0 ? start : Position();
        return new TextDocumentContentChangeEvent(new LspRange(start, end), RandomText(random, random.Next(4)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_run_of_random_edits_gives_the_text_of_the_plain_way_and_one_change_that_makes_it(int seed)
    {
        var random = new Random(seed);
        for (int run = 0; run < 200; run++)
        {
            string original = RandomText(random, random.Next(12));
            var edited = new EditedText(SourceText.From(original));
            string expected = original;
            int count = random.Next(1, 12);
            for (int i = 0; i < count; i++)
            {
                TextDocumentContentChangeEvent change = RandomChange(random, expected);
                edited.Apply(change);
                expected = Reference(expected, change);
                edited.ToString().ShouldBe(expected, $"seed {seed}, run {run}, edit {i}");
            }
            TextChange made = edited.Change();
            string.Concat(original.AsSpan(0, made.Span.Start), made.NewText, original.AsSpan(made.Span.End)).ShouldBe(expected);
        }
    }

    private static string[] Diagnostics(SyntaxTree tree) =>
        [.. ClaimLang.Compilation.ClaimCompilation.Create([tree]).GetDiagnostics().Select(d => d.ToString())];

    [Fact]
    public void A_run_of_edits_gives_the_tree_a_full_parse_of_the_final_text_gives()
    {
        const string text = "source S \"S\"\nentity A \"A\"\nentity B \"B\"\nmetric aid \"Aid\" { kind flow  unit USD }\nsource S says A -> B aid 1e6 USD 2018\nsource S says A -> B aid 2e6 USD 2019\n";
        SyntaxTree tree = SyntaxTree.ParseText(text, "a.claim");
        TextDocumentContentChangeEvent[] changes =
        [
            new(new LspRange(new LspPosition(4, 25), new LspPosition(4, 26)), "3"),
            new(new LspRange(new LspPosition(5, 0), new LspPosition(5, 0)), "source S says A -> B aid 4e6 USD 2020\n"),
            new(new LspRange(new LspPosition(1, 7), new LspPosition(1, 8)), "Q"),
        ];

        SyntaxTree edited = DocumentEdits.Apply(tree, changes, t => SyntaxTree.ParseText(t, "a.claim"));

        SyntaxTree full = SyntaxTree.ParseText(edited.Text.Text, "a.claim");
        edited.Text.Text.ShouldContain("entity Q \"A\"");
        edited.ToFullString().ShouldBe(full.ToFullString());
        Diagnostics(edited).ShouldBe(Diagnostics(full));
    }
}
