using ClaimLang.Binding;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Editing;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Rename (docs/language.md, "Editors"): where it may start, what it changes, and which new names it refuses, with the reason.</summary>
public sealed class RenamerTests
{
    private const string Claims = """
        bbc: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016
        source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018 // Iran, in a comment
        """;

    private static NavigationProject Project(string markedClaims, string declarations = ProjectBuilder.Declarations) =>
        NavigationProject.Create(("a/claims.claim", markedClaims), ("z/decls.claim", declarations));

    private static NavigationProject CaretOn(string name, int occurrence = 0) => Project(Mark(Claims, name, occurrence));

    // The claims with a caret in the middle of the given occurrence of a name.
    private static string Mark(string text, string name, int occurrence)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        return text.Insert(at + name.Length / 2, "$$");
    }

    // Internal: its parameters are core types no host uses (xunit runs internal tests too).
    [Theory]
    [InlineData("source $$BBC_Persian says Iran -> Syria aid 36e9 USD 2011", "BBC_Persian", SymbolKind.Source)]
    [InlineData("source BBC_Persian says Iran$$ -> Syria aid 36e9 USD 2011", "Iran", SymbolKind.Entity)]
    [InlineData("source Bloomberg quoting de_Mis$$tura says Iran -> Syria aid 36e9 USD 2011", "de_Mistura", SymbolKind.Person)]
    [InlineData("source BBC_Persian says Iran -> Syria a$$id 36e9 USD 2011", "aid", SymbolKind.Metric)]
    [InlineData("source $$Iran says Iran -> Syria aid 36e9 USD 2011", "Iran", SymbolKind.Entity)] // the wrong kind (CL1003)
    internal void A_declared_name_can_be_renamed_from_any_of_its_uses(string claims, string name, SymbolKind kind)
    {
        var project = Project(claims);
        RenameTarget target = Renamer.PrepareRename(project.Model, project.Position).ShouldNotBeNull();
        target.Name.ShouldBe(name);
        target.Symbol.Kind.ShouldBe(kind);
        project.Tree.Text.ToString(target.Span).ShouldBe(name);
        target.Span.Start.ShouldBeLessThanOrEqualTo(project.Position);
        target.Span.End.ShouldBeGreaterThanOrEqualTo(project.Position);
    }

    [Fact]
    public void A_declaration_can_be_renamed_from_its_name()
    {
        var project = NavigationProject.Create(("a/claims.claim", Claims),
            ("z/decls.claim", ProjectBuilder.Declarations.Replace("entity Iran", "entity $$Iran", StringComparison.Ordinal)));
        RenameTarget target = Renamer.PrepareRename(project.Model, project.Position).ShouldNotBeNull();
        target.Span.ShouldBe(project.SpanOf("z/decls.claim", "Iran"));
        target.Symbol.Location.ShouldNotBeNull().FilePath.ShouldBe("z/decls.claim");
    }

    [Theory]
    [InlineData("source BBC_Persian says Iran -> Syria tran$$sfer 36e9 USD 2011", "'transfer' is the built-in metric, so it cannot be renamed.")]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 U$$SD 2011", "'USD' is a built-in unit, so it cannot be renamed.")]
    [InlineData("source BBC_Persian says Ir$$am -> Syria aid 36e9 USD 2011", "'Iram' is not declared, so there is nothing to rename.")]
    [InlineData("source BBC_Persian $$says Iran -> Syria aid 36e9 USD 2011", NoName)]
    [InlineData("source BBC_Persian says Iran -> Syria aid 3$$6e9 USD 2011", NoName)]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 20$$11", NoName)]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36 bil$$lion USD 2011", NoName)]
    [InlineData("source BBC_Persian says Iran aid 5 $$% 2011", NoName)]
    [InlineData("b$$bc: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011", NoName)]
    [InlineData("source BBC_Persian says Iran -> Syria aid 36e9 USD 2011 // I$$ran", NoName)]
    public void Built_ins_keywords_numbers_labels_and_undeclared_names_cannot_be_renamed(string claims, string error)
    {
        var project = Project(claims);
        Renamer.PrepareRename(project.Model, project.Position).ShouldBeNull();
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Anything");
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(error);
        result.Changes.ShouldBeEmpty();
    }

    private const string NoName = "There is no declared name here to rename: place the caret on the name of a source, person, entity, metric or unit.";

    private static string[] Edits(RenameResult result) =>
        [.. result.Changes.Select(c => $"{c.FilePath} {c.Change.Span} -> {c.Change.NewText}")];

    [Fact]
    public void A_rename_changes_the_declaration_and_every_use_in_every_file_in_order()
    {
        var project = CaretOn("Iran", 1);
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Persia");
        result.Succeeded.ShouldBeTrue(result.Error);
        Edits(result).ShouldBe(
        [
            $"a/claims.claim {project.SpanOf("a/claims.claim", "Iran", 0)} -> Persia",
            $"a/claims.claim {project.SpanOf("a/claims.claim", "Iran", 1)} -> Persia",
            $"z/decls.claim {project.SpanOf("z/decls.claim", "Iran")} -> Persia",
        ]);
        var renamed = FileTextChangeApplier.Apply(project.Compilation, result.Changes);
        FileTextChangeApplier.TextOf(renamed, "a/claims.claim").ShouldBe(Claims.Replace("Iran ->", "Persia ->", StringComparison.Ordinal));
        FileTextChangeApplier.TextOf(renamed, "z/decls.claim").ShouldContain("entity Persia\n");
        renamed.GetDiagnostics().Where(d => d.Id != "CL1004").ShouldBeEmpty();
    }

    [Fact]
    public void Renaming_a_unit_changes_the_metrics_and_claims_that_name_it()
    {
        var project = NavigationProject.Of("unit bar$$rel { kind count }\nmetric oil { kind flow  unit barrel }\nsource S\nentity A\nsource S says A oil 5 barrel/day 2011");
        RenameResult result = Renamer.Rename(project.Model, project.Position, "bbl");
        var renamed = FileTextChangeApplier.Apply(project.Compilation, result.Changes);
        FileTextChangeApplier.TextOf(renamed, "test.claim")
            .ShouldBe("unit bbl { kind count }\nmetric oil { kind flow  unit bbl }\nsource S\nentity A\nsource S says A oil 5 bbl/day 2011");
        renamed.GetDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Renaming_the_second_declaration_of_a_name_changes_only_it_and_so_resolves_the_duplicate()
    {
        var project = NavigationProject.Create(("a.claim", "entity Iran\nmetric aid\nsource S\nsource S says Iran aid 5 USD 2011"), ("b.claim", "person I$$ran"));
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Iranian");
        Edits(result).ShouldBe(["b.claim [7..11) -> Iranian"]);
        FileTextChangeApplier.Apply(project.Compilation, result.Changes).GetDiagnostics().Select(d => d.Id).ShouldBe(["CL1004"]);
    }

    [Theory]
    [InlineData(Claims, ProjectBuilder.Declarations)]
    [InlineData(Claims, "entity I$$ran\nentity Syria\nsource BBC_Persian\nsource Bloomberg\nperson de_Mistura\nmetric aid")]
    public void Renaming_a_name_to_itself_succeeds_without_edits(string claims, string declarations)
    {
        if (!declarations.Contains("$$", StringComparison.Ordinal)) claims = Mark(claims, "Iran", 0);
        var project = NavigationProject.Create(("a.claim", claims), ("z.claim", declarations));
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Iran");
        result.Succeeded.ShouldBeTrue();
        result.Changes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Persia")]
    [InlineData("_persia2")]
    [InlineData("Сирия")]
    [InlineData("日本")]
    [InlineData("naïve")]
    [InlineData("x")]
    [InlineData("EUR")]       // a currency's name: entities and units do not share names with each other's places
    [InlineData("yr")]        // a time unit is a word of the rate, not a name
    [InlineData("retracted")] // a status value is a word of the qualifier, not a name
    [InlineData("iran")]      // names are case-sensitive
    public void Any_name_of_the_language_that_is_free_is_accepted(string newName)
    {
        var project = CaretOn("Iran");
        RenameResult result = Renamer.Rename(project.Model, project.Position, newName);
        result.Error.ShouldBeNull();
        FileTextChangeApplier.Apply(project.Compilation, result.Changes).GetDiagnostics().Where(d => d.Id != "CL1004").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "The new name is empty.")]
    [InlineData("says", "'says' is a keyword of the language, so it cannot be a name.")]
    [InlineData("billion", "'billion' is a keyword of the language, so it cannot be a name.")]
    [InlineData("source", "'source' is a keyword of the language, so it cannot be a name.")]
    [InlineData("3rd", Invalid3rd)]
    [InlineData("Iran Syria", "'Iran Syria' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("Iran-Syria", "'Iran-Syria' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData(" Persia", "' Persia' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("Persia\n", "'Persia\n' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("Persia:", "'Persia:' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("Persia//x", "'Persia//x' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("\"Persia\"", "'\"Persia\"' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("Per$ia", "'Per$ia' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("2018", "'2018' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    [InlineData("\U0001F600", "'\U0001F600' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.")]
    public void A_new_name_must_be_one_name_of_the_language(string newName, string error) =>
        RefusedOnIran(newName, error);

    private static void RefusedOnIran(string newName, string error)
    {
        var project = CaretOn("Iran");
        RenameResult result = Renamer.Rename(project.Model, project.Position, newName);
        result.Error.ShouldBe(error);
        result.Changes.ShouldBeEmpty();
    }

    private const string Invalid3rd = "'3rd' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.";

    [Theory]
    [InlineData("Syria", "'Syria' is already declared as an entity in z/decls.claim line 5.")]
    [InlineData("BBC_Persian", "'BBC_Persian' is already declared as a source in z/decls.claim line 1.")] // another kind: one namespace
    [InlineData("de_Mistura", "'de_Mistura' is already declared as a person in z/decls.claim line 3.")]
    [InlineData("aid", "'aid' is already declared as a metric in z/decls.claim line 6.")]
    [InlineData("transfer", "'transfer' is the name of the built-in metric.")]
    public void A_new_name_must_not_be_declared_already_whatever_its_kind(string newName, string error) =>
        RefusedOnIran(newName, error);

    [Theory]
    [InlineData("USD", "'USD' is a built-in unit (an ISO 4217 currency).")]
    [InlineData("count", "'count' is a built-in unit.")]
    public void A_unit_must_not_take_a_built_in_units_name(string newName, string error)
    {
        var project = NavigationProject.Of("unit bar$$rel { kind count }\nsource S\nentity A\nsource S says A 5 barrel 2011");
        Renamer.Rename(project.Model, project.Position, newName).Error.ShouldBe(error);
    }

    [Fact]
    public void A_new_name_that_a_claim_uses_undeclared_is_refused_since_that_use_would_change_meaning()
    {
        var project = Project(Mark(Claims, "Iran", 0) + "\nsource Bloomberg says Iram -> Syria aid 1e9 USD 2019");
        Renamer.Rename(project.Model, project.Position, "Iram").Error
            .ShouldBe("'Iram' is already used in a/claims.claim line 3 without being declared; renamed, an entity 'Iran' would take that use over.");
    }

    [Fact]
    public void A_new_unit_name_that_a_claim_uses_as_an_unknown_unit_is_refused()
    {
        var project = NavigationProject.Of("unit bar$$rel { kind count }\nsource S\nentity A\nsource S says A 5 barrel 2011\nsource S says A 5 bbl 2012");
        Renamer.Rename(project.Model, project.Position, "bbl").Error
            .ShouldBe("'bbl' is already used in test.claim line 5 without being declared; renamed, a unit 'barrel' would take that use over.");
    }

    [Fact]
    public void An_unknown_unit_of_an_entitys_new_name_does_not_stop_the_rename()
    {
        // Units are looked up among units only: an entity named bbl would not make 'bbl' a unit.
        var project = NavigationProject.Of("entity A$$\nsource S\nsource S says A 5 bbl 2012");
        Renamer.Rename(project.Model, project.Position, "bbl").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void The_edits_never_touch_comments_strings_labels_or_longer_names()
    {
        var project = NavigationProject.Of("""
            entity Iran // Iran
            entity Iran_gov
            source S "Iran"
            Iran_x: source S says Iran$$ -> Iran_gov 5 USD 2011 note "Iran" /* Iran */
            """);
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Persia");
        TextChange.Apply(project.Tree.Text.Text, result.Changes.Select(c => c.Change)).ShouldBe("""
            entity Persia // Iran
            entity Iran_gov
            source S "Iran"
            Iran_x: source S says Persia -> Iran_gov 5 USD 2011 note "Iran" /* Iran */
            """);
    }

    [Fact]
    public void Renaming_in_the_reference_article_keeps_its_two_findings()
    {
        string article = NavigationProject.ReferenceArticle();
        var project = NavigationProject.Of(article.Replace("entity Iran ", "entity Ir$$an ", StringComparison.Ordinal), "iran-syria.claim");
        RenameResult result = Renamer.Rename(project.Model, project.Position, "Islamic_Republic");
        result.Changes.Length.ShouldBe(7);
        var renamed = FileTextChangeApplier.Apply(project.Compilation, result.Changes);
        renamed.GetDiagnostics().Select(d => d.Id).ShouldBe(["CL4001", "CL4001"]);
        FileTextChangeApplier.TextOf(renamed, "iran-syria.claim").ShouldContain("entity Islamic_Republic \"Iran\"");
    }
}
