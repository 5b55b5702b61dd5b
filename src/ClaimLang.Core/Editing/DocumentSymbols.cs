using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// A file's outline (docs/language.md, "Editors", document symbols): every declaration and every
/// claim, in source order. It needs the syntax tree only, so a file with syntax errors still
/// gives an entry for every member the parser made, and a file need not be part of a compilation.
/// </summary>
public static class DocumentSymbols
{
    public static ImmutableArray<DocumentSymbolItem> Get(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var items = ImmutableArray.CreateBuilder<DocumentSymbolItem>(tree.Root.Members.Length);
        foreach (MemberSyntax member in tree.Root.Members)
        {
            if (member is DeclarationSyntax declaration && Of(declaration) is { } item) items.Add(item);
            else if (member is ClaimSyntax claim) items.Add(Of(claim));
        }
        return items.DrainToImmutable();
    }

    /// <summary>The entry kind of a declaration kind.</summary>
    internal static EditorSymbolKind KindOf(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Source => EditorSymbolKind.Source,
        DeclarationKind.Person => EditorSymbolKind.Person,
        DeclarationKind.Entity => EditorSymbolKind.Entity,
        DeclarationKind.Metric => EditorSymbolKind.Metric,
        _ => EditorSymbolKind.Unit,
    };

    /// <summary>A declaration's name, if it was written (a declaration without one declares nothing).</summary>
    internal static SyntaxToken? NameOf(DeclarationSyntax declaration) =>
        declaration.Identifier is { IsMissing: false, Kind: SyntaxKind.IdentifierToken } name ? name : null;

    /// <summary>A claim's label, if it has one.</summary>
    internal static SyntaxToken? LabelOf(ClaimSyntax claim) =>
        claim.Label?.Identifier is { IsMissing: false } label ? label : null;

    private static DocumentSymbolItem? Of(DeclarationSyntax declaration)
    {
        if (NameOf(declaration) is not { } name) return null;
        string keyword = SymbolKindText.FromDeclaration(declaration.DeclarationKind).Keyword();
        string detail = declaration.DisplayName is { IsMissing: false } display ? $"{keyword} \"{StringLiteral.Value(display.Text)}\"" : keyword;
        return new DocumentSymbolItem(name.Text, detail, KindOf(declaration.DeclarationKind), declaration.Span, name.Span);
    }

    private static DocumentSymbolItem Of(ClaimSyntax claim)
    {
        string summary = DocumentSymbolsClaimSummary.Of(claim);
        return LabelOf(claim) is { } label
            ? new DocumentSymbolItem(label.Text, summary, EditorSymbolKind.Claim, claim.Span, label.Span)
            : new DocumentSymbolItem(summary, null, EditorSymbolKind.Claim, claim.Span, claim.FirstToken.Span);
    }
}
