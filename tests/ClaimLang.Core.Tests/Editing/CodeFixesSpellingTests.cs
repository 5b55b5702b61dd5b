using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>"Change 'Iram' to 'Iran'": a misspelt name (CL1001) or unit (CL2001) replaced by the suggestion of its diagnostic.</summary>
public sealed class CodeFixesSpellingTests
{
    private static ClaimCompilation Project(string claims, string declarations = ProjectBuilder.Declarations + "\nunit barrel { kind count }") =>
        ProjectBuilder.Compile(("claims.claim", claims), ("decls.claim", declarations));

    [Theory]
    [InlineData("source BBC_Persian says Iram -> Syria aid 1e9 USD 2011", "Iram", "Iran")]
    [InlineData("source BBC_Persian says Iran -> syria aid 1e9 USD 2011", "syria", "Syria")]
    [InlineData("source BBC_Persain says Iran -> Syria aid 1e9 USD 2011", "BBC_Persain", "BBC_Persian")]
    [InlineData("source Bloomberg quoting de_Mistrua says Iran -> Syria aid 1e9 USD 2011", "de_Mistrua", "de_Mistura")]
    [InlineData("source Bloomberg quoting Bloomburg says Iran -> Syria aid 1e9 USD 2011", "Bloomburg", "Bloomberg")] // a speaker may be a source
    [InlineData("source BBC_Persian says Iran -> Syria aidd 1e9 USD 2011", "aidd", "aid")]
    public void A_misspelt_name_is_changed_to_the_closest_declared_name_of_a_kind_that_fits(string claims, string wrong, string right) =>
        SpellingFixed(claims, "CL1001", wrong, right).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();

    [Fact]
    public void A_name_close_only_to_names_of_another_kind_gets_no_spelling_fix()
    {
        // Iram is one letter from the entity Iran, but a source is needed here: the binder suggests nothing.
        ClaimCompilation before = Project("source Iram says Iran -> Syria aid 1e9 USD 2011");
        Diagnostic diagnostic = CodeFixesCheck.Single(before, "CL1001");
        diagnostic.Message.ShouldNotContain("did you mean");
        CodeFixesCheck.FixesFor(before, diagnostic).ShouldNotContain(fix => fix.Title.StartsWith("Change", StringComparison.Ordinal));
        CodeFixesCheck.FixesFor(before, diagnostic).ShouldNotContain(fix => fix.IsPreferred);
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria aid 1e9 usd 2011", "usd", "USD")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 1e9 Usd/yr 2011", "Usd", "USD")]
    [InlineData("source BBC_Persian says Iran -> Syria 1e6 barrell 2011", "barrell", "barrel")]
    [InlineData("source BBC_Persian says Iran -> Syria 1e6 coutn 2011", "coutn", "count")]
    public void A_misspelt_unit_in_a_claim_is_changed_to_the_closest_unit(string claims, string wrong, string right) =>
        SpellingFixed(claims, "CL2001", wrong, right);

    // The first fix of the one diagnostic of the code: the preferred change to what its message suggests, applied and checked.
    private static ClaimCompilation SpellingFixed(string claims, string id, string wrong, string right)
    {
        ClaimCompilation before = Project(claims);
        Diagnostic diagnostic = CodeFixesCheck.Single(before, id);
        diagnostic.Message.ShouldContain($"did you mean '{right}'?");
        CodeFix fix = CodeFixesCheck.FixesFor(before, diagnostic)[0];
        fix.Title.ShouldBe($"Change '{wrong}' to '{right}'");
        fix.IsPreferred.ShouldBeTrue();
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, diagnostic, fix.Title);
        FileTextChangeApplier.TextOf(after, "claims.claim").ShouldBe(claims.Replace(wrong, right, StringComparison.Ordinal));
        return after;
    }

    [Fact]
    public void A_misspelt_unit_in_a_metric_declaration_is_changed_too()
    {
        ClaimCompilation before = Project("source S says A -> B oil 5 barrel 2011",
            "source S\nentity A\nentity B\nunit barrel { kind count }\nmetric oil { kind flow  unit barel }");
        Diagnostic diagnostic = CodeFixesCheck.Single(before, "CL2001");
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, diagnostic, "Change 'barel' to 'barrel'");
        FileTextChangeApplier.TextOf(after, "decls.claim").ShouldEndWith("metric oil { kind flow  unit barrel }");
    }

    [Fact]
    public void A_unit_close_to_no_unit_gets_no_spelling_fix()
    {
        ClaimCompilation before = Project("source BBC_Persian says Iran -> Syria 1e6 tonnes 2011");
        Diagnostic diagnostic = CodeFixesCheck.Single(before, "CL2001");
        diagnostic.Message.ShouldNotContain("did you mean");
        CodeFixesCheck.FixesFor(before, diagnostic).Select(fix => fix.Title).ShouldBe(["Suppress CL2001 on this claim"]);
    }

    [Fact]
    public void The_fix_always_says_what_the_message_suggests()
    {
        // The binder's suggestion and the fix's are worked out apart: they must agree everywhere.
        int withHint = 0, withoutHint = 0;
        string[] misspellings = ["Iram", "iran", "Syira", "SYRIA", "Iranx", "xIran", "BBC_persian", "BBCPersian", "Bloomberq", "de_mistura", "aidd", "ad"];
        foreach (string misspelt in misspellings)
        {
            ClaimCompilation before = Project($"source Bloomberg quoting {misspelt} says {misspelt} -> Syria {misspelt} 1e9 USD 2011");
            foreach (Diagnostic diagnostic in before.GetDiagnostics().Where(d => d.Id == "CL1001"))
            {
                var spelling = CodeFixesCheck.FixesFor(before, diagnostic).Where(fix => fix.IsPreferred).ToList();
                int hint = diagnostic.Message.IndexOf("did you mean '", StringComparison.Ordinal);
                if (hint < 0)
                {
                    spelling.ShouldBeEmpty(diagnostic.Message);
                    withoutHint++;
                    continue;
                }
                string suggestion = diagnostic.Message[(hint + 14)..diagnostic.Message.LastIndexOf('\'')];
                spelling.ShouldHaveSingleItem(diagnostic.Message).Title.ShouldBe($"Change '{misspelt}' to '{suggestion}'");
                withHint++;
            }
        }
        withHint.ShouldBeGreaterThan(10);
        withoutHint.ShouldBeGreaterThan(5);
    }
}
