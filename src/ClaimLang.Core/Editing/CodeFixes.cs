using System.Collections.Immutable;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;

namespace ClaimLang.Editing;

/// <summary>
/// Quick fixes for a diagnostic of a file (docs/language.md, "Editors"), in the order a menu shows them:
/// <list type="bullet">
/// <item>a misspelt name (CL1001) or unit (CL2001) changed to the suggestion, when there is one: preferred;</item>
/// <item>an undeclared name (CL1001) declared, as the kind its place needs;</item>
/// <item>a suppression comment for the code, before the claim or declaration the diagnostic stands in.</item>
/// </list>
/// Fixes are worked out from the model's compilation as it is; a diagnostic of another file,
/// or one that no longer matches the file's text, gets none of the first two.
/// </summary>
public static class CodeFixes
{
    public static ImmutableArray<CodeFix> GetFixes(SemanticModel model, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Location.FilePath != model.Tree.FilePath || diagnostic.Location.Span.End > model.Tree.Text.Length) return [];
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        if (diagnostic.Id == DiagnosticDescriptors.UndeclaredName.Id && NameAt(model, diagnostic, NavigationNameKind.ClaimName) is { } name)
        {
            if (CodeFixesSpelling.ForName(model, name, diagnostic.Id) is { } spelling) fixes.Add(spelling);
            fixes.Add(CodeFixesDeclaration.For(model.Tree, name, diagnostic.Id));
        }
        else if (diagnostic.Id == DiagnosticDescriptors.UnknownUnit.Id && NameAt(model, diagnostic, NavigationNameKind.Unit) is { } unit
                 && CodeFixesSpelling.ForUnit(model, unit, diagnostic.Id) is { } spelling)
        {
            fixes.Add(spelling);
        }
        if (CodeFixesSuppression.For(model.Tree, diagnostic) is { } suppression) fixes.Add(suppression);
        return fixes.ToImmutable();
    }

    // The name the diagnostic points at, if it is still there and still names nothing.
    private static NavigationName? NameAt(SemanticModel model, Diagnostic diagnostic, NavigationNameKind kind) =>
        NavigationNames.At(model.Tree, diagnostic.Location.Span.Start) is { } name && name.Kind == kind
        && name.Token.Span == diagnostic.Location.Span && NavigationNames.Resolve(name, model.Compilation) is null
        && !(kind == NavigationNameKind.Unit && model.Compilation.Units.Contains(name.Token.Text))
            ? name
            : null;
}
