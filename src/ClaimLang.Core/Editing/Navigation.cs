using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Go to definition, find references and document highlights (docs/language.md, "Editors"). A caret
/// position is a character offset into the file's text; it names the name that contains it or
/// ends right at it, so a caret just after a name still finds it. Every name a claim spells
/// refers to the declaration of that name, even one of the wrong kind (CL1003), which the
/// binder reports against that declaration.
/// </summary>
public static class Navigation
{
    /// <summary>Where the name at <paramref name="position"/> is declared; null for built-ins (<c>transfer</c>, USD) and where there is no declared name.</summary>
    public static Location? GetDefinition(SemanticModel model, int position)
    {
        ArgumentNullException.ThrowIfNull(model);
        return SymbolAt(model, position)?.Location;
    }

    /// <summary>
    /// Every place in the project that names the symbol at <paramref name="position"/>, which may
    /// be its declaration or any use: the declaration first when asked for, then the uses by file
    /// path (ordinal) and position. Empty when there is no declared name at the position.
    /// </summary>
    public static ImmutableArray<Location> FindReferences(SemanticModel model, int position, bool includeDeclaration)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (SymbolAt(model, position) is not { } symbol) return [];
        var references = ImmutableArray.CreateBuilder<Location>();
        if (includeDeclaration && symbol.Location is { } declaration) references.Add(declaration);
        foreach (SyntaxTree tree in model.Compilation.SyntaxTrees)
        {
            foreach (SyntaxToken token in NavigationNames.ReferencesIn(tree, symbol, model.Compilation))
            {
                if (!IsDeclarationOf(token, symbol)) references.Add(token.GetLocation());
            }
        }
        return references.ToImmutable();
    }

    /// <summary>The spans in the model's file that name the same symbol as the name at <paramref name="position"/>, its declaration included, in order.</summary>
    public static ImmutableArray<TextSpan> GetHighlights(SemanticModel model, int position)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (SymbolAt(model, position) is not { } symbol) return [];
        return [.. NavigationNames.ReferencesIn(model.Tree, symbol, model.Compilation).Select(token => token.Span)];
    }

    /// <summary>The symbol declared or named at a caret position, built-ins included.</summary>
    internal static Symbol? SymbolAt(SemanticModel model, int position) =>
        NavigationNames.At(model.Tree, position) is { } name ? NavigationNames.Resolve(name, model.Compilation) : null;

    private static bool IsDeclarationOf(SyntaxToken token, Symbol symbol) =>
        symbol.Declaration is { } declaration && declaration.Identifier == token;
}
