using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>CL1001–CL1005: every name a claim uses is declared once, somewhere in the project, as the right kind.</summary>
public sealed class NameBindingTests
{
    [Fact]
    public void The_reference_article_has_no_name_value_unit_or_time_diagnostics()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "examples", "iran-syria", "iran-syria.claim"));
        var compilation = ProjectBuilder.Compile(("iran-syria.claim", text));
        compilation.GetDiagnostics().Where(d => d.Id[2] != '4').ShouldBeEmpty();
    }

    [Fact]
    public void Names_may_be_declared_in_any_file_and_in_any_order()
    {
        var compilation = ProjectBuilder.Compile(
            ("a/claims.claim", "source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018\nsource BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016"),
            ("z/decls.claim", ProjectBuilder.Declarations));
        ProjectBuilder.Diagnostics(compilation).ShouldBeEmpty();
    }

    [Fact]
    public void An_undeclared_name_suggests_the_closest_name_of_a_fitting_kind()
    {
        var compilation = ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations),
            ("c.claim", "source BBC_Persain says Iran -> Syira aid 36e9 USD 2011"));
        ProjectBuilder.Diagnostics(compilation).ShouldBe(
        [
            "c.claim(1,8): CL1001: 'BBC_Persain' is not declared; did you mean 'BBC_Persian'?",
            "c.claim(1,33): CL1001: 'Syira' is not declared; did you mean 'Syria'?",
            "d.claim(1,8): CL1004: source 'BBC_Persian' is declared but never used",
            "d.claim(2,8): CL1004: source 'Bloomberg' is declared but never used",
            "d.claim(3,8): CL1004: person 'de_Mistura' is declared but never used",
            "d.claim(5,8): CL1004: entity 'Syria' is declared but never used",
        ]);
    }

    [Fact]
    public void Suggestions_only_name_declarations_of_a_kind_that_fits_the_place()
    {
        // 'Iram' is one letter from the entity Iran, but a source is needed here.
        var compilation = ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations + "\nsource Bloomberg_Asia"),
            ("c.claim", "source Iram says Iran -> Syria aid 1e9 USD 2011\nsource Bloomberg_Asai says Iran -> Syria aid 1e9 USD 2012"));
        var messages = ProjectBuilder.Diagnostics(compilation).Where(m => m.Contains("CL1001")).ToArray();
        messages.ShouldBe(
        [
            "c.claim(1,8): CL1001: 'Iram' is not declared; declare it, e.g. `source Iram`",
            "c.claim(2,8): CL1001: 'Bloomberg_Asai' is not declared; did you mean 'Bloomberg_Asia'?",
        ]);
    }

    [Fact]
    public void A_name_declared_twice_points_at_both_declarations()
    {
        var compilation = ProjectBuilder.Compile(("a.claim", "entity Iran \"Iran\"\nsource S\nsource S says Iran 5 % 2018"),
            ("b.claim", "\nperson Iran"));
        ProjectBuilder.Diagnostics(compilation).ShouldBe(
        [
            "b.claim(2,8): CL1002: 'Iran' is already declared as an entity",
            "  a.claim(1,8): 'Iran' is first declared here",
        ], ignoreOrder: false);
    }

    [Fact]
    public void The_built_in_metric_cannot_be_declared_again() =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("m.claim", "metric transfer"))).ShouldBe(
        [
            "m.claim(1,8): CL1002: 'transfer' is already declared as the built-in metric",
        ]);

    [Fact]
    public void A_name_of_the_wrong_kind_says_what_it_is_and_what_is_needed()
    {
        var compilation = ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations),
            ("c.claim", "source Iran quoting Syria says de_Mistura -> Syria Bloomberg 1e9 USD 2011"));
        ProjectBuilder.Diagnostics(compilation).Where(m => !m.Contains("CL1004")).ShouldBe(
        [
            "c.claim(1,8): CL1003: 'Iran' is an entity, but a source is required here",
            "  d.claim(4,8): 'Iran' is declared as an entity here",
            "c.claim(1,21): CL1003: 'Syria' is an entity, but a person or a source is required here",
            "  d.claim(5,8): 'Syria' is declared as an entity here",
            "c.claim(1,32): CL1003: 'de_Mistura' is a person, but an entity is required here",
            "  d.claim(3,8): 'de_Mistura' is declared as a person here",
            "c.claim(1,52): CL1003: 'Bloomberg' is a source, but a metric is required here",
            "  d.claim(2,8): 'Bloomberg' is declared as a source here",
        ]);
    }

    [Fact]
    public void A_speaker_may_be_a_person_or_a_source() =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations),
            ("c.claim", "source BBC_Persian quoting Bloomberg quoting de_Mistura says Iran -> Syria aid 1e9 USD 2011"))).ShouldBeEmpty();

    [Fact]
    public void A_declared_unit_used_only_by_a_metric_is_used() =>
        ProjectBuilder.Diagnostics(ProjectBuilder.Compile(("d.claim",
            "unit barrel { kind count }\nmetric oil { kind flow  unit barrel }\nentity A\nentity B\nsource S\nsource S says A -> B oil 5 barrel 2018"))).ShouldBeEmpty();

    [Fact]
    public void A_label_used_twice_points_at_both_claims()
    {
        var compilation = ProjectBuilder.Compile(("d.claim", ProjectBuilder.Declarations),
            ("c.claim", "x: source Bloomberg says Iran -> Syria aid 1e9 USD 2011\nx: source BBC_Persian quoting de_Mistura says Iran -> Syria aid 2e9 USD 2012"));
        ProjectBuilder.Diagnostics(compilation).ShouldBe(
        [
            "c.claim(2,1): CL1005: the label 'x' is already used by another claim",
            "  c.claim(1,1): 'x' first labels this claim",
        ]);
    }

    [Fact]
    public void A_claim_with_a_syntax_error_reports_no_name_errors_on_top()
    {
        var compilation = ProjectBuilder.Compile(("c.claim", "source Nobody says Nowhere -> 36e9 USD 2011"));
        compilation.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL0001"]);
    }
}
