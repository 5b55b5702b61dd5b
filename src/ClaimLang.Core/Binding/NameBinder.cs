using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// Checks the names claims use against the project's symbol table: undeclared names (CL1001,
/// with the closest declared name of a fitting kind) and names of the wrong kind (CL1003),
/// claim by claim; claim labels used twice (CL1005) and declarations nothing uses (CL1004),
/// project-wide.
/// </summary>
public static class NameBinder
{
    /// <summary>CL1004 and CL1005, project-wide, from every file's checking results in path order.</summary>
    public static ImmutableArray<Diagnostic> CheckProject(SymbolTable symbols, IEnumerable<TreeCheckResult> files)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var labels = new Dictionary<string, ClaimLabelSyntax>(StringComparer.Ordinal);
        foreach (TreeCheckResult file in files)
        {
            used.UnionWith(file.UsedNames);
            foreach (ClaimLabelSyntax label in file.Labels) CheckLabel(label, labels, diagnostics);
        }
        foreach (Symbol symbol in symbols.Symbols)
        {
            if (symbol.IsBuiltIn || used.Contains(symbol.Name)) continue;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnusedDeclaration, symbol.Location!, symbol.Kind.Keyword(), symbol.Name));
        }
        return diagnostics.ToImmutable();
    }

    /// <summary>The symbol a name in a claim refers to, if it is declared and of a fitting kind.</summary>
    public static Symbol? Resolve(SymbolTable symbols, SyntaxToken name, NameRole role) =>
        symbols.Lookup(name.Text) is { } symbol && role.Accepts(symbol.Kind) ? symbol : null;

    /// <summary>CL1001 and CL1003 for a claim's names; the names that resolve are added to <paramref name="used"/>.</summary>
    public static void BindClaim(ClaimSyntax claim, SymbolTable symbols, ImmutableHashSet<string>.Builder used, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var (name, role) in NameRoles.NamesOf(claim))
        {
            string text = name.Text;
            Symbol? symbol = symbols.Lookup(text);
            if (symbol is null)
            {
                var (first, second) = role.Kinds();
                string? closest = NameSuggester.Closest(text, symbols.NamesOfKind(first, second));
                string hint = closest is null
                    ? $"; declare it, e.g. `{DeclarationHint(role)} {text}`"
                    : $"; did you mean '{closest}'?";
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UndeclaredName, name.GetLocation(), text, hint));
            }
            else if (!role.Accepts(symbol.Kind))
            {
                var related = symbol.Location is { } location
                    ? [new RelatedLocation(location, $"'{text}' is declared as {symbol.Kind.WithArticle()} here")]
                    : Array.Empty<RelatedLocation>();
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongKindOfName, name.GetLocation(), related,
                    text, symbol.Kind.WithArticle(), role.Required()));
            }
            else
            {
                used.Add(symbol.Name);
            }
        }
        if (claim.Unit.Name is { IsMissing: false } unit && symbols.Lookup(unit.Text) is { Kind: SymbolKind.Unit } declaredUnit)
            used.Add(declaredUnit.Name);
    }

    private static string DeclarationHint(NameRole role) => role switch
    {
        NameRole.Source => "source",
        NameRole.Speaker => "person",
        NameRole.Entity => "entity",
        _ => "metric",
    };

    private static void CheckLabel(ClaimLabelSyntax label, Dictionary<string, ClaimLabelSyntax> labels, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        string text = label.Identifier.Text;
        if (labels.TryAdd(text, label)) return;
        var first = new RelatedLocation(labels[text].Identifier.GetLocation(), $"'{text}' first labels this claim");
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateLabel, label.Identifier.GetLocation(), [first], text));
    }

    /// <summary>A metric's <c>unit NAME</c> attribute uses a declared unit.</summary>
    public static void MarkMetricUnitUsed(DeclarationSyntax metric, SymbolTable symbols, ImmutableHashSet<string>.Builder used)
    {
        if (metric.AttributeBlock is null) return;
        foreach (AttributeSyntax attribute in metric.AttributeBlock.Attributes)
        {
            if (attribute.Name.Kind == SyntaxKind.UnitKeyword && attribute.Value.Kind == SyntaxKind.IdentifierToken
                && symbols.Lookup(attribute.Value.Text) is { Kind: SymbolKind.Unit } unit)
            {
                used.Add(unit.Name);
            }
        }
    }

}
