using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.Formatting;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>"Declare entity 'Iram'": an undeclared name (CL1001) declared as the kind its place needs, where an analyst would put it.</summary>
public sealed class CodeFixesDeclarationTests
{
    // The undeclared name's file after the declaration fix, checked: the CL1001 goes, no error comes.
    private static string Declared(string text, string title, string path = "test.claim", params (string Path, string Text)[] others)
    {
        ClaimCompilation before = ProjectBuilder.Compile([(path, text), .. others]);
        Diagnostic diagnostic = before.GetDiagnostics().First(d => d.Id == "CL1001" && d.Location.FilePath == path);
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, diagnostic, title);
        return FileTextChangeApplier.TextOf(after, path);
    }

    [Theory]
    [InlineData("source Nobody says Iran -> Syria aid 1e9 USD 2011", "Declare source 'Nobody'", "source Nobody")]
    [InlineData("source Bloomberg quoting Nobody says Iran -> Syria aid 1e9 USD 2011", "Declare person 'Nobody'", "person Nobody")]
    [InlineData("source Bloomberg says Nowhere -> Syria aid 1e9 USD 2011", "Declare entity 'Nowhere'", "entity Nowhere")]
    [InlineData("source Bloomberg says Iran -> Nowhere aid 1e9 USD 2011", "Declare entity 'Nowhere'", "entity Nowhere")]
    [InlineData("source Bloomberg says Iran -> Syria loans 1e9 USD 2011", "Declare metric 'loans'", "metric loans")]
    [InlineData("source Bloomberg says Iran poverty_rate 80 % 2011", "Declare metric 'poverty_rate'", "metric poverty_rate")]
    public void The_declaration_is_of_the_kind_the_names_place_needs(string claim, string title, string declaration)
    {
        string claims = Declared(claim, title, "claims.claim", ("decls.claim", ProjectBuilder.Declarations));
        // The claims' file declares nothing: the declaration goes at its top.
        claims.ShouldBe($"{declaration}\n{claim}");
    }

    [Fact]
    public void The_declaration_follows_the_last_declaration_of_its_kind_in_the_file()
    {
        const string text = """
            source BBC_Persian
            entity Iran
            entity Syria
            metric aid

            source BBC_Persian says Iram -> Syria aid 1e9 USD 2011
            """;
        Declared(text, "Declare entity 'Iram'").ShouldBe("""
            source BBC_Persian
            entity Iran
            entity Syria
            entity Iram
            metric aid

            source BBC_Persian says Iram -> Syria aid 1e9 USD 2011
            """);
    }

    [Fact]
    public void Without_a_declaration_of_its_kind_the_declaration_follows_the_last_declaration()
    {
        const string text = "entity Iran\nentity Syria\nmetric aid\n// the claims\nsource Nobody says Iran -> Syria aid 1e9 USD 2011\n";
        Declared(text, "Declare source 'Nobody'")
            .ShouldBe("entity Iran\nentity Syria\nmetric aid\nsource Nobody\n// the claims\nsource Nobody says Iran -> Syria aid 1e9 USD 2011\n");
    }

    [Fact]
    public void In_a_file_without_declarations_the_declaration_goes_at_the_top_above_any_comment()
    {
        const string text = "// claimlang-ignore CL4001 reason\nsource BBC_Persian says Iram -> Syria aid 1e9 USD 2011\n";
        string fixedText = Declared(text, "Declare entity 'Iram'", "claims.claim", ("decls.claim", ProjectBuilder.Declarations));
        fixedText.ShouldBe("entity Iram\n" + text);
        // The suppression comment still stands directly before its claim.
        SuppressionCommentsOfFirstClaim(fixedText).ShouldBe(["CL4001"]);
    }

    [Fact]
    public void A_comment_at_the_end_of_the_declarations_line_stays_on_it()
    {
        const string text = "entity Iran // the state\nsource S says Iram -> Iran 5 USD 2011\nsource S\n";
        Declared(text, "Declare entity 'Iram'").ShouldBe("entity Iran // the state\nentity Iram\nsource S says Iram -> Iran 5 USD 2011\nsource S\n");
    }

    [Fact]
    public void The_declaration_follows_a_whole_attribute_block()
    {
        const string text = "source S {\n  kind broadcaster\n}\nentity Iran\nsource Nobody says Iran -> Iran 5 USD 2011\n";
        Declared(text, "Declare source 'Nobody'")
            .ShouldBe("source S {\n  kind broadcaster\n}\nsource Nobody\nentity Iran\nsource Nobody says Iran -> Iran 5 USD 2011\n");
    }

    [Fact]
    public void A_declaration_that_ends_the_file_without_a_line_break_gets_one_before_the_new_declaration()
    {
        const string text = "source S says Iram -> Iran 5 USD 2011\nsource S\nentity Iran";
        Declared(text, "Declare entity 'Iram'").ShouldBe(text + "\nentity Iram");
    }

    [Fact]
    public void A_file_with_CR_LF_line_ends_gets_a_CR_LF_line()
    {
        const string text = "entity Iran\r\nsource S\r\nsource S says Iram -> Iran 5 USD 2011\r\n";
        Declared(text, "Declare entity 'Iram'").ShouldBe("entity Iran\r\nentity Iram\r\nsource S\r\nsource S says Iram -> Iran 5 USD 2011\r\n");
    }

    [Fact]
    public void The_fixed_file_stays_in_canonical_layout()
    {
        // docs/language.md aligns the labels by hand; the canonical layout does not.
        string article = ClaimFormatter.Format(SyntaxTree.ParseText(NavigationProject.ReferenceArticle())).Text
            .Replace("source JCPA says Iran", "source JCPA says Iram", StringComparison.Ordinal);
        string fixedText = Declared(article, "Declare entity 'Iram'", "iran-syria.claim");
        fixedText.ShouldContain("entity Syria \"Syria\" { kind country  code SYR }\nentity Iram\nmetric aid");
        ClaimFormatter.Format(SyntaxTree.ParseText(fixedText)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Every_use_of_the_name_is_declared_at_once()
    {
        const string text = "entity Iran\nsource S\nsource S says Iram -> Iran 5 USD 2011\nsource S says Iran -> Iram 5 USD 2012\n";
        ClaimCompilation before = ProjectBuilder.Compile(("test.claim", text));
        before.GetDiagnostics().Count(d => d.Id == "CL1001").ShouldBe(2);
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, before.GetDiagnostics().First(d => d.Id == "CL1001"), "Declare entity 'Iram'");
        after.GetDiagnostics().ShouldNotContain(d => d.Id == "CL1001");
    }

    [Fact]
    public void With_a_suggestion_the_declaration_is_offered_second_and_not_preferred()
    {
        ClaimCompilation before = ProjectBuilder.Compile(("test.claim", "entity Iran\nsource S\nsource S says Iram -> Iran 5 USD 2011"));
        var fixes = CodeFixesCheck.FixesFor(before, CodeFixesCheck.Single(before, "CL1001"));
        fixes.Select(fix => (fix.Title, fix.IsPreferred)).ShouldBe(
            [("Change 'Iram' to 'Iran'", true), ("Declare entity 'Iram'", false), ("Suppress CL1001 on this claim", false)]);
    }

    private static string[] SuppressionCommentsOfFirstClaim(string text) =>
        [.. ClaimLang.Binding.SuppressionComment.Before(SyntaxTree.ParseText(text).Root.Claims.First()).SelectMany(c => c.Codes)];
}
