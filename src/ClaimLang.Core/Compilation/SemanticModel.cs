using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Syntax;

namespace ClaimLang.Compilation;

/// <summary>
/// What the names of one file mean, answered from its compilation, as the binder reads them: a
/// name in a place that admits its kind. The editor features (ClaimLang.Editing.Navigation) go
/// further: they also follow a name used as the wrong kind (CL1003) and declared units, so that
/// rename and find references miss no use.
/// </summary>
public sealed class SemanticModel
{
    internal SemanticModel(ClaimCompilation compilation, SyntaxTree tree)
    {
        Compilation = compilation;
        Tree = tree;
    }

    internal ClaimCompilation Compilation { get; }

    internal SyntaxTree Tree { get; }

    /// <summary>The symbol a name token declares or refers to; null for other tokens and for names that do not resolve.</summary>
    internal Symbol? GetSymbol(SyntaxToken token)
    {
        if (token.Kind != SyntaxKind.IdentifierToken || token.IsMissing || !ReferenceEquals(token.Tree, Tree)) return null;
        if (token.Parent is DeclarationSyntax declaration && declaration.Identifier == token)
            return Compilation.GetDeclarations(Tree).Symbols.FirstOrDefault(s => ReferenceEquals(s.Declaration, declaration));
        return NameRoles.RoleOf(token) is { } role ? NameBinder.Resolve(Compilation.Symbols, token, role) : null;
    }

    /// <summary>What a claim of this file means, normalised; null when it cannot be worked out (its diagnostics say why).</summary>
    internal ClaimMeaning? GetMeaning(ClaimSyntax claim) =>
        ReferenceEquals(claim.Tree, Tree) ? MeaningBinder.Meaning(claim, Compilation.Symbols, Compilation.Options.Meaning) : null;

    /// <summary>The symbol named at a character position (the token that contains it, or ends right at it, as a caret after a name).</summary>
    internal Symbol? GetSymbolAt(int position)
    {
        foreach (SyntaxToken token in Tree.GetTokens())
        {
            if (token.Span.Start > position) break;
            if (position <= token.Span.End && GetSymbol(token) is { } symbol) return symbol;
        }
        return null;
    }
}
