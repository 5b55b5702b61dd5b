using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>
/// "Suppress CL4001 on this claim": <c>// claimlang-ignore CODE reason</c> on its own line directly
/// before the claim or declaration the diagnostic stands in (docs/language.md, "Comments and suppression").
/// </summary>
public sealed class CodeFixesSuppressionTests
{
    private static ClaimCompilation Project(string claims) =>
        ProjectBuilder.Compile(("claims.claim", claims), ("decls.claim", ProjectBuilder.Declarations));

    // The claims' file after the suppression fix for the one diagnostic of the code, checked: it is
    // suppressed, with the placeholder as its reason, and no error came.
    private static string Suppressed(string claims, string id, string what = "claim")
    {
        ClaimCompilation before = Project(claims);
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, CodeFixesCheck.Single(before, id), $"Suppress {id} on this {what}");
        Diagnostic suppressed = after.GetDiagnostics().Where(d => d.Id == id && d.IsSuppressed).ShouldHaveSingleItem();
        suppressed.Justification.ShouldBe("reason");
        return FileTextChangeApplier.TextOf(after, "claims.claim");
    }

    [Fact]
    public void Each_disagreement_of_the_reference_article_is_suppressed_on_the_claim_it_is_reported_on()
    {
        string article = NavigationProject.ReferenceArticle();
        ClaimCompilation before = ProjectBuilder.Compile(("iran-syria.claim", article));
        var findings = before.GetDiagnostics().Where(d => d.Id == "CL4001").ToList();
        findings.Count.ShouldBe(2);
        foreach (Diagnostic finding in findings)
        {
            ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, finding, "Suppress CL4001 on this claim");
            string text = FileTextChangeApplier.TextOf(after, "iran-syria.claim");
            int line = finding.Location.Start.Line;
            string[] lines = text.Split('\n');
            lines[line].ShouldBe("// claimlang-ignore CL4001 reason");
            lines[line + 1].ShouldBe(article.Split('\n')[line]);
            after.GetDiagnostics().Count(d => d.Id == "CL4001" && !d.IsSuppressed).ShouldBe(1);
        }
    }

    [Fact]
    public void The_comment_takes_the_claims_indentation()
    {
        Suppressed("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\n    source BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011\n", "CL3001")
            .ShouldBe("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\n    // claimlang-ignore CL3001 reason\n    source BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011\n");
    }

    [Fact]
    public void A_labelled_claim_gets_the_comment_above_its_label()
    {
        Suppressed("x: source BBC_Persian says Iran -> Syria aid -5e9 USD 2011", "CL2004")
            .ShouldBe("// claimlang-ignore CL2004 reason\nx: source BBC_Persian says Iran -> Syria aid -5e9 USD 2011");
    }

    [Fact]
    public void A_claim_that_has_a_suppression_for_another_code_gets_a_line_of_its_own_nearest_the_claim()
    {
        // One comment's reason belongs to every code it lists: the new code takes its own line and reason.
        const string claims = """
            // claimlang-ignore CL2003 the range is as printed
            source BBC_Persian says Iran -> Syria aid 15..14 billion USD 2017..2011
            """;
        string text = Suppressed(claims, "CL3001");
        text.ShouldBe("""
            // claimlang-ignore CL2003 the range is as printed
            // claimlang-ignore CL3001 reason
            source BBC_Persian says Iran -> Syria aid 15..14 billion USD 2017..2011
            """);
        Project(text).GetDiagnostics().Where(d => d.Id is "CL2003" or "CL3001").ShouldAllBe(d => d.IsSuppressed);
    }

    [Fact]
    public void A_comment_before_the_claim_on_its_line_is_kept_apart()
    {
        string text = Suppressed("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\n/* swapped */ source BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011", "CL3001");
        text.ShouldBe("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\n/* swapped */ \n// claimlang-ignore CL3001 reason\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011");
    }

    [Fact]
    public void A_file_with_CR_LF_line_ends_gets_a_CR_LF_line() =>
        Suppressed("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\r\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011\r\n", "CL3001")
            .ShouldBe("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\r\n// claimlang-ignore CL3001 reason\r\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011\r\n");

    [Theory]
    [InlineData("source Nobody says Iran -> Syria aid 5e9 USD 2018", "CL1001")]
    [InlineData("source Iran says Iran -> Syria aid 5e9 USD 2018", "CL1003")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 tonnes 2018", "CL2001")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 % 2018", "CL2002")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 15..14 billion USD 2018", "CL2003")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018..2019 as of 2018-06", "CL3002")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\nsource BBC_Persian says Iran -> Syria aid 9e9 USD 2018", "CL4002")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2018", "CL4003")]
    public void Any_finding_on_a_claim_can_be_suppressed(string claims, string id) =>
        Suppressed(claims, id).ShouldContain($"// claimlang-ignore {id} reason\n");

    [Fact]
    public void A_finding_on_a_declaration_is_suppressed_on_the_declaration()
    {
        ClaimCompilation before = ProjectBuilder.Compile(("decls.claim", "entity Iran\nsource S { reliability G }"));
        Diagnostic unused = before.GetDiagnostics().First(d => d.Id == "CL1004");
        ClaimCompilation after = CodeFixesCheck.ApplyAndCheck(before, unused, "Suppress CL1004 on this declaration");
        FileTextChangeApplier.TextOf(after, "decls.claim").ShouldBe("// claimlang-ignore CL1004 reason\nentity Iran\nsource S { reliability G }");
    }

    [Fact]
    public void The_inserted_line_reads_as_a_suppression_of_the_code()
    {
        string text = Suppressed("source BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011", "CL3001");
        ClaimSyntax claim = SyntaxTree.ParseText(text).Root.Claims.ShouldHaveSingleItem();
        SuppressionComment comment = SuppressionComment.Before(claim).ShouldHaveSingleItem();
        comment.Codes.ShouldBe(["CL3001"]);
        comment.Reason.ShouldBe("reason");
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD")]   // a missing period
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018-13")] // not a date
    [InlineData("source BBC_Persian says Iran -> Syria aid 5e9 USD 2018 note \"open")] // unterminated
    public void Syntax_errors_are_not_offered_a_suppression(string claims)
    {
        ClaimCompilation project = Project(claims);
        Diagnostic error = project.GetDiagnostics().First(d => d.Id.StartsWith("CL0", StringComparison.Ordinal));
        CodeFixesCheck.FixesFor(project, error).ShouldBeEmpty();
    }

    [Fact]
    public void A_suppressed_finding_is_not_offered_another_suppression()
    {
        ClaimCompilation project = Project("// claimlang-ignore CL3001 swapped\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011");
        Diagnostic suppressed = project.GetDiagnostics().Single(d => d.Id == "CL3001");
        suppressed.IsSuppressed.ShouldBeTrue();
        CodeFixesCheck.FixesFor(project, suppressed).ShouldBeEmpty();
    }

    [Fact]
    public void A_diagnostic_of_another_file_or_beyond_the_files_text_gets_no_fix()
    {
        ClaimCompilation project = Project("source BBC_Persian says Iram -> Syria aid 5e9 USD 2011");
        Diagnostic diagnostic = CodeFixesCheck.Single(project, "CL1001");
        CodeFixes.GetFixes(CodeFixesCheck.ModelOf(project, "decls.claim"), diagnostic).ShouldBeEmpty();

        var stale = Diagnostic.Create(DiagnosticDescriptors.UndeclaredName,
            new Location("claims.claim", new TextSpan(900, 4), default), "Iram", "");
        CodeFixes.GetFixes(CodeFixesCheck.ModelOf(project, "claims.claim"), stale).ShouldBeEmpty();
    }

    [Fact]
    public void A_diagnostic_whose_name_was_declared_since_gets_no_name_fix()
    {
        ClaimCompilation before = Project("source BBC_Persian says Iram -> Syria aid 5e9 USD 2011");
        Diagnostic diagnostic = CodeFixesCheck.Single(before, "CL1001");
        ClaimCompilation now = before.AddSyntaxTrees(SyntaxTree.ParseText("entity Iram", "more.claim"));
        CodeFixesCheck.FixesFor(now, diagnostic).Select(fix => fix.Title).ShouldBe(["Suppress CL1001 on this claim"]);
    }
}
