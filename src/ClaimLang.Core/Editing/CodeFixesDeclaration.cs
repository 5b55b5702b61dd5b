using ClaimLang.Binding;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// "Declare entity 'Iram'": a declaration of an undeclared name (CL1001), of the kind its place
/// needs, on a line of its own in canonical layout (docs/formatting.md): after the last
/// declaration of that kind in the file, else after the last declaration, else at the top.
/// A declaration needs no attributes (a metric without any is a flow of any unit, docs/language.md,
/// "Declarations"), so none is written: the analyst adds what they know.
/// </summary>
internal static class CodeFixesDeclaration
{
    public static CodeFix For(SyntaxTree tree, NavigationName name, string diagnosticId)
    {
        SymbolKind kind = KindFor(name.Role);
        string declaration = $"{kind.Keyword()} {name.Token.Text}";
        string lineBreak = LayoutText.LineBreakStyleOf(tree.Text.Text);
        DeclarationSyntax? anchor = tree.Root.Declarations.LastOrDefault(d => SymbolKindText.FromDeclaration(d.DeclarationKind) == kind)
            ?? tree.Root.Declarations.LastOrDefault();
        TextChange change = anchor is null ? AtTop(tree, declaration, lineBreak) : After(anchor, declaration, lineBreak);
        return new CodeFix($"Declare {kind.Keyword()} '{name.Token.Text}'", [new FileTextChange(tree.FilePath, change)], IsPreferred: false, diagnosticId);
    }

    /// <summary>
    /// The kind a name's place needs. A speaker may be a person or a source; someone quoted is
    /// most often a person, and the binder's own hint (CL1001) says <c>person</c> too.
    /// </summary>
    public static SymbolKind KindFor(NameRole role) => role switch
    {
        NameRole.Source => SymbolKind.Source,
        NameRole.Speaker => SymbolKind.Person,
        NameRole.Entity => SymbolKind.Entity,
        _ => SymbolKind.Metric,
    };

    // A token's trailing trivia runs to the end of its line, line break included: the new line
    // goes right after it, below any comment at the end of the declaration's line.
    private static TextChange After(DeclarationSyntax anchor, string declaration, string lineBreak)
    {
        SyntaxToken last = anchor.LastToken;
        int end = last.FullSpan.End;
        if (last.TrailingTrivia.Any(t => t.Kind == SyntaxKind.EndOfLineTrivia)) return Insert(end, declaration + lineBreak);
        // The declaration ends the file without a line break, or shares its line with the next member.
        bool endsFile = last.GetNextToken() is { Kind: SyntaxKind.EndOfFileToken };
        return Insert(end, lineBreak + declaration + (endsFile ? "" : lineBreak));
    }

    // Above everything, so a comment that stands before the first member stays right above it.
    private static TextChange AtTop(SyntaxTree tree, string declaration, string lineBreak)
    {
        int start = tree.Text.Length > 0 && tree.Text[0] == '\uFEFF' ? 1 : 0;
        return Insert(start, declaration + lineBreak);
    }

    private static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);
}
