using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Core.Tests.Binding;
using ClaimLang.Core.Tests.Generators;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.Syntax;
using ClaimLang.Text;
using CsCheck;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>
/// Every editor request at every position of broken files (valid files and the reference article
/// with random insertions, deletions and duplications) answers without throwing, and its answers
/// agree with each other and with the semantic model: a definition is among the references, the
/// highlights are the references in the file, a rename target holds the caret, and every rename
/// and every quick fix can be applied.
/// </summary>
public sealed class NavigationEverywhereTests
{
    private static readonly Gen<string> Texts = Gen.Frequency(
        (2, ValidFiles.File.Select(file => file.Text)),
        (1, Gen.Const(NavigationProject.ReferenceArticle())));

    [Fact]
    public void Every_request_at_every_position_of_broken_files_answers_consistently()
    {
        int definitions = 0, renames = 0, fixes = 0;
        Mutations.Of(Texts).Sample(mutated =>
        {
            ClaimCompilation project = ProjectBuilder.Compile(("broken.claim", mutated.Text), ("decls.claim", ProjectBuilder.Declarations));
            SyntaxTree tree = project.SyntaxTrees.Single(t => t.FilePath == "broken.claim");
            SemanticModel model = project.GetSemanticModel(tree);
            for (int position = 0; position <= tree.Text.Length; position++)
            {
                if (CheckPosition(model, position)) Interlocked.Increment(ref definitions);
                if (Renamer.PrepareRename(model, position) is { } target)
                {
                    target.Span.Start.ShouldBeLessThanOrEqualTo(position);
                    target.Span.End.ShouldBeGreaterThanOrEqualTo(position);
                    RenameResult result = Renamer.Rename(model, position, "Zz_renamed");
                    result.Error.ShouldBeNull();
                    FileTextChangeApplier.Apply(project, result.Changes).Symbols.Lookup("Zz_renamed").ShouldNotBeNull();
                    Interlocked.Increment(ref renames);
                }
            }
            foreach (Diagnostic diagnostic in project.GetDiagnostics().Where(d => d.Location.FilePath == "broken.claim"))
            {
                foreach (CodeFix fix in CodeFixes.GetFixes(model, diagnostic))
                {
                    _ = FileTextChangeApplier.Apply(project, fix.Changes);
                    Interlocked.Increment(ref fixes);
                }
            }
            foreach (DocumentSymbolItem item in DocumentSymbols.Get(tree))
            {
                item.Name.ShouldNotBeNullOrWhiteSpace();
                Within(item.Span, tree);
                (item.Span.Start <= item.SelectionSpan.Start && item.SelectionSpan.End <= item.Span.End).ShouldBeTrue();
            }
            WorkspaceSymbols.Find(project, "a").ShouldAllBe(item => item.Name.Contains('a', StringComparison.OrdinalIgnoreCase));
        }, iter: 60);
        // The corpus must reach every request for the test to say anything about them.
        definitions.ShouldBeGreaterThan(1000);
        renames.ShouldBeGreaterThan(1000);
        fixes.ShouldBeGreaterThan(100);
    }

    // Definition, references and highlights at one position, checked against each other; whether there was a definition.
    private static bool CheckPosition(SemanticModel model, int position)
    {
        Location? definition = Navigation.GetDefinition(model, position);
        var references = Navigation.FindReferences(model, position, includeDeclaration: true);
        var highlights = Navigation.GetHighlights(model, position);
        foreach (Location reference in references) Within(reference.Span, model.Compilation.SyntaxTrees.First(t => t.FilePath == reference.FilePath));
        highlights.ShouldBe([.. references.Where(r => r.FilePath == model.Tree.FilePath).Select(r => r.Span).OrderBy(span => span.Start)]);
        if (definition is not null) references[0].ShouldBe(definition);
        // Where the model names a symbol, navigation names the same one (it also names units and wrong kinds).
        if (model.GetSymbolAt(position) is { } symbol)
        {
            Navigation.SymbolAt(model, position).ShouldBeSameAs(symbol);
            references.ShouldNotBeEmpty();
        }
        return definition is not null;
    }

    private static void Within(TextSpan span, SyntaxTree tree)
    {
        span.Start.ShouldBeGreaterThanOrEqualTo(0);
        span.End.ShouldBeLessThanOrEqualTo(tree.Text.Length);
    }
}
