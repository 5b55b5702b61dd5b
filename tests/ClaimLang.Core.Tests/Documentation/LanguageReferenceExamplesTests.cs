using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Documentation;

/// <summary>
/// Every ClaimLang example of docs/language.md checks as the page says (its "How to read the
/// examples" section): a <c>```claim</c> block is compiled as one file, with the block marked
/// <c>&lt;!-- common declarations --&gt;</c> as a second file when it declares nothing itself; a
/// block with <c>&lt;!-- expect: CODE ... --&gt;</c> on the line above reports exactly those codes in
/// itself (suppressed findings left out), in any order; a block without one reports nothing but
/// CL1004 (a declaration no claim of the block uses).
/// </summary>
public sealed class LanguageReferenceExamplesTests
{
    private const string ExampleFile = "example.claim";

    public static TheoryData<int> BlockLines() => [.. LanguageReference.ClaimBlocks().Select(b => b.Line)];

    [Fact]
    public void The_reference_shows_valid_examples_examples_of_diagnostics_and_one_block_of_common_declarations()
    {
        IReadOnlyList<LanguageReferenceBlock> blocks = LanguageReference.ClaimBlocks();
        blocks.Count(b => b.IsCommonDeclarations).ShouldBe(1, $"one block should be marked {LanguageReference.CommonDeclarationsMarker}");
        blocks.Count(b => b.ExpectedCodes is null).ShouldBeGreaterThanOrEqualTo(10);
        blocks.Count(b => b.ExpectedCodes is not null).ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Every_directive_is_well_formed_and_directly_above_a_claim_block()
    {
        var attached = LanguageReference.ClaimBlocks().Where(b => b.ExpectedCodes is not null || b.IsCommonDeclarations)
            .Select(b => b.Line - 1).ToHashSet();
        LanguageReference.DirectiveLines().Where(d => !attached.Contains(d.Line))
            .Select(d => $"docs/language.md({d.Line}): '{d.Text}' is not directly above a ```claim fence, or is misspelt")
            .ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BlockLines))]
    public void An_example_checks_as_the_text_says(int line)
    {
        LanguageReferenceBlock block = LanguageReference.ClaimBlocks().Single(b => b.Line == line);
        if (block.ExpectedCodes is { } expected)
        {
            string[] reported = Codes(block, block.Code);
            expected.ShouldAllBe(code => DiagnosticDescriptors.Find(code) != null, $"docs/language.md({line}) expects a code that does not exist");
            reported.ShouldBe([.. expected.Order(StringComparer.Ordinal)],
                $"docs/language.md({line}): the codes reported by the block:\n" + string.Join("\n", Diagnostics(block, block.Code).Select(d => $"{d.Location}: {d.Id}: {d.Message}")));
        }
        else
        {
            Diagnostics(block, block.Code).Where(d => d.Id != DiagnosticDescriptors.UnusedDeclaration.Id)
                .Select(d => $"{d.Location}: {d.Id}: {d.Message}")
                .ShouldBeEmpty($"docs/language.md({line}) shows a valid example, but it reports problems");
        }
    }

    // Line ends never change meaning: with CRLF the block reports the same.
    [Theory]
    [MemberData(nameof(BlockLines))]
    public void An_example_reports_the_same_with_CRLF_line_ends(int line)
    {
        LanguageReferenceBlock block = LanguageReference.ClaimBlocks().Single(b => b.Line == line);
        Codes(block, block.Code.Replace("\n", "\r\n", StringComparison.Ordinal)).ShouldBe(Codes(block, block.Code));
    }

    [Fact]
    public void The_encoded_article_has_ten_declarations_and_six_labelled_claims()
    {
        CompilationUnitSyntax root = Parse.Valid(LanguageReference.ReferenceArticle()).Root;
        root.Declarations.Count().ShouldBe(10);
        root.Claims.Select(c => c.Label?.Identifier.Text).ShouldBe(["bbc_6y", "bbc_2y", "mistura", "shehadi", "heydemann", "jcpa"]);
    }

    private static string[] Codes(LanguageReferenceBlock block, string code) =>
        [.. Diagnostics(block, code).Select(d => d.Id).Order(StringComparer.Ordinal)];

    private static IEnumerable<Diagnostic> Diagnostics(LanguageReferenceBlock block, string code)
    {
        var files = new List<SyntaxTree> { SyntaxTree.ParseText(code, ExampleFile) };
        if (!files[0].Root.Declarations.Any())
            files.Add(SyntaxTree.ParseText(LanguageReference.ClaimBlocks().Single(b => b.IsCommonDeclarations).Code, "common.claim"));
        return ClaimCompilation.Create(files).GetDiagnostics()
            .Where(d => d.Location.FilePath == ExampleFile && !d.IsSuppressed);
    }
}
