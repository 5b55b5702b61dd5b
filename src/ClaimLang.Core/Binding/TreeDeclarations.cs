using System.Collections.Immutable;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// The symbols one file declares, in source order. Depends on that file alone, so a new
/// compilation reuses it for every file that did not change.
/// </summary>
public sealed class TreeDeclarations
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
}
