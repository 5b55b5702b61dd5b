using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Whether a rename may be made, and if not, a sentence for the analyst saying why. A new name
/// must be one name token of the language, and must leave every other name meaning what it
/// meant: the project has one namespace for every kind (docs/language.md, "Declarations"), so it must not
/// be declared already, whatever the kind; a unit must not take a built-in unit's name; and no
/// claim may use it undeclared, since that use would silently come to mean the renamed symbol.
/// </summary>
internal static class RenameValidation
{
    // A name is checked by parsing it as the name of a declaration: the lexer and its literal
    // checks decide, exactly as they do for the name in a file.
    private const string DeclarationPrefix = "entity ";

    /// <summary>Why the name at the caret (if any) cannot be renamed.</summary>
    public static string NotRenameable(NavigationName? name, Symbol? symbol)
    {
        if (name is not { } found) return "There is no declared name here to rename: place the caret on the name of a source, person, entity, metric or unit.";
        string text = found.Token.Text;
        if (symbol is { IsBuiltIn: true }) return $"'{text}' is the built-in {symbol.Kind.Keyword()}, so it cannot be renamed.";
        if (found.Kind == NavigationNameKind.Unit && NavigationNames.IsBuiltInUnit(found.Token)) return $"'{text}' is a built-in unit, so it cannot be renamed.";
        return $"'{text}' is not declared, so there is nothing to rename.";
    }

    /// <summary>Null when <paramref name="symbol"/> may be renamed to <paramref name="newName"/>; else why not.</summary>
    public static string? Check(Symbol symbol, string newName, ClaimCompilation compilation)
    {
        if (newName.Length == 0) return "The new name is empty.";
        if (SyntaxFacts.GetKeywordKind(newName) != SyntaxKind.None) return $"'{newName}' is a keyword of the language, so it cannot be a name.";
        if (!IsOneName(newName))
            return $"'{newName}' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.";
        if (compilation.Symbols.Lookup(newName) is { } existing)
        {
            return existing.Location is { } location
                ? $"'{newName}' is already declared as {existing.Kind.WithArticle()} in {Where(location)}."
                : $"'{newName}' is the name of the built-in {existing.Kind.Keyword()}.";
        }
        if (symbol.Kind == SymbolKind.Unit && BuiltInUnits.TryGet(newName, out UnitInfo? unit))
            return $"'{newName}' is a built-in unit{(unit.IsCurrency ? " (an ISO 4217 currency)" : "")}.";
        if (FirstUndeclaredUse(newName, symbol.Kind == SymbolKind.Unit, compilation) is { } use)
        {
            return $"'{newName}' is already used in {Where(use)} without being declared; renamed, "
                + $"{symbol.Kind.WithArticle()} '{symbol.Name}' would take that use over.";
        }
        return null;
    }

    /// <summary>Whether <paramref name="text"/> lexes as exactly one name, nothing before or after it.</summary>
    public static bool IsOneName(string text)
    {
        SyntaxTree tree = SyntaxTree.ParseText(DeclarationPrefix + text);
        if (!tree.Diagnostics.IsEmpty) return false;
        SyntaxToken[] tokens = [.. tree.GetTokens().Take(4)];
        return tokens.Length == 3 // the keyword, the name, the end of the file
            && tokens[1].Kind == SyntaxKind.IdentifierToken
            && tokens[1].Span == new TextSpan(DeclarationPrefix.Length, text.Length);
    }

    /// <summary>"news.claim line 3": where a name is, as an analyst finds it.</summary>
    public static string Where(Location location) => $"{location.FilePath} line {location.Start.Line + 1}";

    // The new name is not declared (checked before), so a claim that names it now names nothing.
    private static Location? FirstUndeclaredUse(string newName, bool unitsToo, ClaimCompilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (NavigationName name in NavigationNames.Spelled(tree, newName))
            {
                if (name.Kind == NavigationNameKind.ClaimName || (unitsToo && name.Kind == NavigationNameKind.Unit)) return name.Token.GetLocation();
            }
        }
        return null;
    }
}
