using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// Hover: on a declared name (where it is declared or used), the declaration's details; on any
/// other part of a claim, what the claim means and the findings it takes part in (docs/language.md,
/// "Editors"). The member under the position is found by binary search, and names by their
/// place in the claim's token slots, so a hover in a large file reads one member (and, once per
/// compilation, every claim's names, to count each name's uses).
/// </summary>
public static class HoverProvider
{
    /// <summary>
    /// The hover at <paramref name="position"/> (a character offset into the model's tree's
    /// text, the character under the pointer); null on comments and on the text between
    /// members. <paramref name="diagnostics"/> are the project's, as the editor shows them (with
    /// the configured severities and suppressions): those of a claim are listed in its hover.
    /// </summary>
    public static HoverInfo? GetHover(SemanticModel model, int position, IReadOnlyList<Diagnostic> diagnostics)
    {
        SyntaxTree tree = model.Tree;
        if (position < 0 || position >= tree.Text.Length) return null;
        SyntaxElement element = tree.ElementAt(position);
        if (element.Kind is SyntaxKind.LineCommentTrivia or SyntaxKind.BlockCommentTrivia) return null;
        // Between the tokens of a member (white space, skipped text) the hover is the member's:
        // it is the member of the next token when that member starts before the position.
        SyntaxToken token = element.AsToken() ?? NextToken(element);
        MemberSyntax? member = MemberSearch.Holding(tree.Root.Members, token.Index);
        if (member is null || member.FirstToken.Span.Start > position) return null;
        switch (member)
        {
            case DeclarationSyntax declaration:
                return DeclaredSymbol(model, declaration) is { } declared
                    ? new HoverInfo(element.Span, HoverSymbolText.Of(declared, model.Compilation))
                    : null;
            case ClaimSyntax claim:
                if (!element.IsTrivia && NamedSymbol(model.Compilation.Symbols, claim, token) is { } named)
                    return new HoverInfo(element.Span, HoverSymbolText.Of(named, model.Compilation));
                return new HoverInfo(element.Span, HoverClaimText.Of(model, claim, diagnostics));
            default:
                return null;
        }
    }

    private static SyntaxToken NextToken(SyntaxElement trivia)
    {
        for (SyntaxElement? next = trivia.Next; next is { } element; next = element.Next)
            if (element.AsToken() is { } token) return token;
        throw new InvalidOperationException("Every file ends with its end-of-file token.");
    }

    private static Symbol? DeclaredSymbol(SemanticModel model, DeclarationSyntax declaration) =>
        declaration.Identifier.IsMissing
            ? null
            : model.Compilation.GetDeclarations(model.Tree).Symbols.FirstOrDefault(s => ReferenceEquals(s.Declaration, declaration));

    // The symbol a claim's name refers to, read from the claim's token slots; null for a token
    // that is not one of its names, or a name that resolves to nothing of a fitting kind.
    private static Symbol? NamedSymbol(SymbolTable symbols, ClaimSyntax claim, SyntaxToken token)
    {
        NameRole? role = token == claim.Source ? NameRole.Source
            : claim.Speakers.Any(s => s.Speaker == token) ? NameRole.Speaker
            : token == claim.SubjectFrom || token == claim.SubjectTo ? NameRole.Entity
            : token == claim.Metric ? NameRole.Metric
            : null;
        return role is { } found ? NameBinder.Resolve(symbols, token, found) : null;
    }
}
