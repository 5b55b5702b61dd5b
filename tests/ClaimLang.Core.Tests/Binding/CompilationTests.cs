using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>The compilation API: immutability, reuse across edits, the semantic model and references.</summary>
public sealed class CompilationTests
{
    private const string Claims = "source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016\nsource Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018";

    [Fact]
    public void Replacing_a_file_reuses_the_other_files_and_leaves_the_old_compilation_as_it_was()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var claims = SyntaxTree.ParseText(Claims, "claims.claim");
        var before = ClaimCompilation.Create([claims, decls]);
        before.GetDiagnostics().ShouldBeEmpty();

        var edited = SyntaxTree.ParseText(Claims.Replace("Syria aid 36e9", "Syira aid 36e9"), "claims.claim");
        var after = before.ReplaceSyntaxTree(claims, edited);

        after.SyntaxTrees.ShouldBe([edited, decls]);
        after.GetDeclarations(decls).ShouldBeSameAs(before.GetDeclarations(decls));
        after.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL1001"]);
        before.GetDiagnostics().ShouldBeEmpty();
        before.SyntaxTrees.ShouldBe([claims, decls]);
    }

    [Fact]
    public void Editing_a_claim_reuses_every_other_file_s_checks_and_gives_what_a_fresh_compilation_gives()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var other = SyntaxTree.ParseText("source Bloomberg says Iran -> Syria aid 5e9 USD 2019..2018", "other.claim");
        var claims = SyntaxTree.ParseText(Claims, "claims.claim");
        var before = ClaimCompilation.Create([decls, other, claims]);
        before.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL3001"]);

        var edited = SyntaxTree.ParseText(Claims.Replace("36e9", "15..14 billion", StringComparison.Ordinal), "claims.claim");
        var after = before.ReplaceSyntaxTree(claims, edited);

        after.SharesChecksWith(before, other).ShouldBeTrue();
        after.SharesChecksWith(before, decls).ShouldBeTrue();
        Format(after.GetDiagnostics()).ShouldBe(Format(ClaimCompilation.Create([decls, other, edited]).GetDiagnostics()));
        after.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL2003", "CL3001"]);
    }

    [Fact]
    public void Editing_a_declaration_checks_every_file_again()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var claims = SyntaxTree.ParseText(Claims, "claims.claim");
        var before = ClaimCompilation.Create([decls, claims]);
        before.GetDiagnostics().ShouldBeEmpty();

        var renamed = SyntaxTree.ParseText(ProjectBuilder.Declarations.Replace("entity Syria", "entity Syrie", StringComparison.Ordinal), "decls.claim");
        var after = before.ReplaceSyntaxTree(decls, renamed);

        after.SharesChecksWith(before, claims).ShouldBeFalse();
        Format(after.GetDiagnostics()).ShouldBe(Format(ClaimCompilation.Create([renamed, claims]).GetDiagnostics()));
        after.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL1004", "CL1001", "CL1001"], ignoreOrder: true);
    }

    private static string[] Format(IEnumerable<ClaimLang.Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d} | {string.Join(" | ", d.RelatedLocations.Select(r => $"{r.Location} {r.Message}"))}").ToArray();

    [Fact]
    public void Files_are_ordered_by_path_so_the_first_declaration_is_the_same_on_every_machine()
    {
        var b = SyntaxTree.ParseText("entity Iran", "b.claim");
        var a = SyntaxTree.ParseText("entity Iran", "a.claim");
        var compilation = ClaimCompilation.Create([b, a]);
        compilation.SyntaxTrees.ShouldBe([a, b]);
        compilation.Symbols.Lookup("Iran")!.Declaration!.Tree.ShouldBeSameAs(a);
    }

    [Fact]
    public void Adding_and_removing_files_gives_new_compilations()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var claims = SyntaxTree.ParseText(Claims, "claims.claim");
        var onlyClaims = ClaimCompilation.Create([claims]);
        onlyClaims.GetDiagnostics().Count(d => d.Id == "CL1001").ShouldBe(9); // every name of both claims

        var both = onlyClaims.AddSyntaxTrees(decls);
        both.GetDiagnostics().ShouldBeEmpty();
        both.RemoveSyntaxTrees(decls).GetDiagnostics().Count(d => d.Id == "CL1001").ShouldBe(9);
        Should.Throw<ArgumentException>(() => both.AddSyntaxTrees(decls));
    }

    [Fact]
    public void The_semantic_model_finds_the_declaration_a_name_refers_to_in_another_file()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var claims = SyntaxTree.ParseText(Claims, "claims.claim");
        var compilation = ClaimCompilation.Create([decls, claims]);
        SemanticModel model = compilation.GetSemanticModel(claims);

        int syria = Claims.IndexOf("Syria", StringComparison.Ordinal) + 2;
        Symbol symbol = model.GetSymbolAt(syria).ShouldNotBeNull();
        symbol.Kind.ShouldBe(SymbolKind.Entity);
        symbol.Location!.ToString().ShouldBe("decls.claim(5,8)");

        model.GetSymbolAt(Claims.IndexOf("36e9", StringComparison.Ordinal)).ShouldBeNull();
        compilation.GetSemanticModel(decls).GetSymbolAt(ProjectBuilder.Declarations.IndexOf("Syria", StringComparison.Ordinal))
            .ShouldBeSameAs(symbol);
    }

    [Fact]
    public void Find_references_lists_the_declaration_then_every_use()
    {
        var decls = SyntaxTree.ParseText(ProjectBuilder.Declarations, "decls.claim");
        var claims = SyntaxTree.ParseText(Claims + "\nsource BBC_Persian says Syria -> Iran aid 1e9 USD 2019", "claims.claim");
        var compilation = ClaimCompilation.Create([decls, claims]);
        Symbol iran = compilation.Symbols.Lookup("Iran").ShouldNotBeNull();

        compilation.FindReferences(iran).Select(t => t.GetLocation().ToString())
            .ShouldBe(["decls.claim(4,8)", "claims.claim(1,25)", "claims.claim(2,42)", "claims.claim(3,34)"]);
    }

    [Fact]
    public void A_name_of_the_wrong_kind_refers_to_nothing()
    {
        var tree = SyntaxTree.ParseText("entity Iran\nsource Iran2\nsource Iran2 says Iran -> Iran aid 1 USD 2018\nsource Iran says Iran 5 % 2018", "c.claim");
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        var lastClaim = tree.Root.Claims.Last();
        model.GetSymbol(lastClaim.Source).ShouldBeNull();
        model.GetSymbol(lastClaim.Subject.From).ShouldNotBeNull().Kind.ShouldBe(SymbolKind.Entity);
    }
}
