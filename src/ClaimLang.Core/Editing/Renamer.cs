using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Renames a declared name everywhere in the project (docs/language.md, "Editors"): its declaration
/// and every name that refers to it, in every file. A rename never changes what any other name
/// means (see <see cref="RenameValidation"/>), so after it the project has the same diagnostics
/// as before, but for the name in their text.
/// </summary>
public static class Renamer
{
    /// <summary>
    /// The name at <paramref name="position"/>, if it can be renamed: a declared source, person,
    /// entity, metric or unit, at its declaration or at a use. Null on built-ins (<c>transfer</c>,
    /// USD, %), keywords, numbers, labels and names nothing declares.
    /// </summary>
    public static RenameTarget? PrepareRename(SemanticModel model, int position)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Find(model, position) is ({ } name, { IsBuiltIn: false } symbol) ? new RenameTarget(name.Token.Span, symbol.Name, symbol) : null;
    }

    /// <summary>
    /// Renames the name at <paramref name="position"/> to <paramref name="newName"/>: the edits of
    /// every file, or an error sentence when the caret is not on a renameable name or the new name
    /// cannot be used. Renaming a name to itself succeeds with no edits.
    /// </summary>
    public static RenameResult Rename(SemanticModel model, int position, string newName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(newName);
        var (name, symbol) = Find(model, position);
        if (symbol is null || symbol.IsBuiltIn) return RenameResult.Failed(RenameValidation.NotRenameable(name, symbol));
        if (newName == symbol.Name) return new RenameResult(null, []);
        if (RenameValidation.Check(symbol, newName, model.Compilation) is { } error) return RenameResult.Failed(error);

        var changes = ImmutableArray.CreateBuilder<FileTextChange>();
        foreach (SyntaxTree tree in model.Compilation.SyntaxTrees)
        {
            foreach (SyntaxToken token in NavigationNames.ReferencesIn(tree, symbol, model.Compilation))
                changes.Add(new FileTextChange(tree.FilePath, new TextChange(token.Span, newName)));
        }
        return new RenameResult(null, changes.ToImmutable());
    }

    private static (NavigationName? Name, Symbol? Symbol) Find(SemanticModel model, int position) =>
        NavigationNames.At(model.Tree, position) is { } name ? (name, NavigationNames.Resolve(name, model.Compilation)) : (null, null);
}
