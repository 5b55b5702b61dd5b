using System.Collections.Immutable;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// The symbols one file declares, in source order. Depends on that file alone, so a new
/// compilation reuses it for every file that did not change.
/// </summary>
internal sealed class TreeDeclarations
{
    private TreeDeclarations(SyntaxTree tree, ImmutableArray<Symbol> symbols)
    {
        Tree = tree;
        Symbols = symbols;
    }

    public SyntaxTree Tree { get; }

    public ImmutableArray<Symbol> Symbols { get; }

    /// <summary>Declarations whose name is missing (a syntax error) declare nothing.</summary>
    public static TreeDeclarations Collect(SyntaxTree tree)
    {
        var symbols = ImmutableArray.CreateBuilder<Symbol>();
        foreach (var member in tree.Root.Members)
        {
            if (member is DeclarationSyntax declaration && !declaration.Identifier.IsMissing)
                symbols.Add(new Symbol(declaration.Identifier.Text, SymbolKindText.FromDeclaration(declaration.DeclarationKind), declaration));
        }
        return new TreeDeclarations(tree, symbols.ToImmutable());
    }

    /// <summary>
    /// Whether another version of the file declares the same, written the same way at the same
    /// places: then nothing another file's checks depend on (names, kinds, attributes, the
    /// locations diagnostics point at) has changed.
    /// </summary>
    public bool ReadsTheSameAs(TreeDeclarations other)
    {
        var mine = Tree.Root.Declarations.ToList();
        var theirs = other.Tree.Root.Declarations.ToList();
        if (mine.Count != theirs.Count) return false;
        for (int i = 0; i < mine.Count; i++)
        {
            if (mine[i].FullSpan != theirs[i].FullSpan || mine[i].ToFullString() != theirs[i].ToFullString()) return false;
        }
        return true;
    }
}
