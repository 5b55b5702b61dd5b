using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Editing;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>The use count a name's hover shows is the number of claims find references lists for it.</summary>
public sealed class HoverUsageTests
{
    [Fact]
    public void A_name_used_as_the_wrong_kind_counts_as_find_references_lists_it()
    {
        // de_Mistura is a person; the second claim uses it as an entity (CL1003).
        ClaimCompilation compilation = ProjectBuilder.Compile(("decls.claim", ProjectBuilder.Declarations), ("claims.claim",
            "source BBC_Persian quoting de_Mistura says Iran -> Syria aid 5 USD 2018\n" +
            "source Bloomberg says de_Mistura -> Syria aid 6 USD 2018\n"));
        SyntaxTree claims = compilation.SyntaxTrees.Single(t => t.FilePath == "claims.claim");
        int at = claims.Text.Text.IndexOf("de_Mistura", StringComparison.Ordinal);
        SemanticModel model = compilation.GetSemanticModel(claims);

        int listed = Navigation.FindReferences(model, at, includeDeclaration: false).Select(l => l.LineSpan.Start.Line).Distinct().Count();
        var symbol = compilation.Symbols.Lookup("de_Mistura").ShouldNotBeNull();

        listed.ShouldBe(2);
        HoverUsage.ClaimsUsing(compilation, symbol).ShouldBe(listed);
    }
}
