using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// "Change 'Iram' to 'Iran'": a misspelt name or unit replaced by the suggestion its diagnostic
/// gives. The suggestion is worked out again with the binder's own suggesters, from the
/// compilation as it is, rather than read back from the message.
/// </summary>
internal static class CodeFixesSpelling
{
    /// <summary>For an undeclared name (CL1001): the closest declared name of a kind that fits its place.</summary>
    public static CodeFix? ForName(SemanticModel model, NavigationName name, string diagnosticId)
    {
        var (first, second) = name.Role.Kinds();
        string? closest = model.Compilation.Symbols.SuggestionsFor(first, second).Closest(name.Token.Text);
        return closest is null ? null : Replace(model, name, closest, diagnosticId);
    }

    /// <summary>For an unknown unit (CL2001): the closest built-in or declared unit.</summary>
    public static CodeFix? ForUnit(SemanticModel model, NavigationName name, string diagnosticId) =>
        model.Compilation.Units.SuggestClosest(name.Token.Text) is { } closest ? Replace(model, name, closest, diagnosticId) : null;

    private static CodeFix Replace(SemanticModel model, NavigationName name, string replacement, string diagnosticId) =>
        new($"Change '{name.Token.Text}' to '{replacement}'",
            [new FileTextChange(model.Tree.FilePath, new TextChange(name.Token.Span, replacement))],
            IsPreferred: true, diagnosticId);
}
