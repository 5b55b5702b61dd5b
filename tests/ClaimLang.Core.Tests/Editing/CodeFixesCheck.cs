using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>Applies a quick fix as an editor would and checks what every fix must do: its diagnostic goes, and no new error comes.</summary>
internal static class CodeFixesCheck
{
    /// <summary>The fixes offered for a diagnostic, asked from the model of the diagnostic's file.</summary>
    public static IReadOnlyList<CodeFix> FixesFor(ClaimCompilation compilation, Diagnostic diagnostic) =>
        CodeFixes.GetFixes(ModelOf(compilation, diagnostic.Location.FilePath), diagnostic);

    /// <summary>The one diagnostic of a code, unsuppressed.</summary>
    public static Diagnostic Single(ClaimCompilation compilation, string id) =>
        compilation.GetDiagnostics().Where(d => d.Id == id && !d.IsSuppressed).ShouldHaveSingleItem($"one {id} expected");

    /// <summary>Applies the fix with the given title (it must be offered) and checks it; the compilation after it.</summary>
    public static ClaimCompilation ApplyAndCheck(ClaimCompilation before, Diagnostic diagnostic, string title)
    {
        var fixes = FixesFor(before, diagnostic);
        CodeFix fix = fixes.Where(f => f.Title == title).ShouldHaveSingleItem($"'{title}' among: {string.Join(", ", fixes.Select(f => f.Title))}");
        fix.DiagnosticId.ShouldBe(diagnostic.Id);
        fix.Changes.ShouldNotBeEmpty();
        ClaimCompilation after = FileTextChangeApplier.Apply(before, fix.Changes);
        Unsuppressed(after, diagnostic.Id).ShouldBeLessThan(Unsuppressed(before, diagnostic.Id), $"'{title}' should remove a {diagnostic.Id}");
        NewErrors(before, after).ShouldBeEmpty($"'{title}' should bring no new error");
        return after;
    }

    public static SemanticModel ModelOf(ClaimCompilation compilation, string path) =>
        compilation.GetSemanticModel(compilation.SyntaxTrees.Single(tree => tree.FilePath == path));

    private static int Unsuppressed(ClaimCompilation compilation, string id) =>
        compilation.GetDiagnostics().Count(d => d.Id == id && !d.IsSuppressed);

    // Errors compared by code and message (their lines move when a fix adds one).
    private static List<string> NewErrors(ClaimCompilation before, ClaimCompilation after)
    {
        List<string> errors = Errors(after);
        foreach (string error in Errors(before)) errors.Remove(error);
        return errors;
    }

    private static List<string> Errors(ClaimCompilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed).Select(d => $"{d.Id}: {d.Message}")];
}
