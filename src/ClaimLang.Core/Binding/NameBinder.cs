using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// Checks every name a claim uses against the project's symbol table: undeclared names
/// (CL1001, with the closest declared name of a fitting kind), names of the wrong kind
/// (CL1003), claim labels used twice (CL1005), declarations nothing uses (CL1004), and the
/// attributes of every declaration (CL1006, <see cref="AttributeChecker"/>).
/// A member with a syntax error is left out: whatever it would report repeats that error.
/// </summary>
public static class NameBinder
{
    public static ImmutableArray<Diagnostic> Bind(IReadOnlyList<SyntaxTree> trees, SymbolTable symbols)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var used = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        var labels = new Dictionary<string, ClaimLabelSyntax>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(tree);
            foreach (MemberSyntax member in tree.Root.Members)
            {
                if (broken.Contains(member)) continue;
                if (member is ClaimSyntax claim)
                {
                    BindClaim(claim, symbols, used, diagnostics);
                    CheckLabel(claim, labels, diagnostics);
                }
                else if (member is DeclarationSyntax declaration)
                {
                    AttributeChecker.Check(declaration, diagnostics);
                    if (declaration.DeclarationKind == DeclarationKind.Metric) MarkMetricUnitUsed(declaration, symbols, used);
                }
            }
        }
        ReportUnused(symbols, used, diagnostics);
        return diagnostics.ToImmutable();
    }

    /// <summary>The symbol a name in a claim refers to, if it is declared and of a fitting kind.</summary>
    public static Symbol? Resolve(SymbolTable symbols, SyntaxToken name, NameRole role) =>
        symbols.Lookup(name.Text) is { } symbol && role.Accepts(symbol.Kind) ? symbol : null;

    private static void BindClaim(ClaimSyntax claim, SymbolTable symbols, HashSet<Symbol> used, ImmutableArray<Diagnostic>.Builder diagnostics)
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
                used.Add(symbol);
            }
        }
        if (claim.Unit.Name is { IsMissing: false } unit && symbols.Lookup(unit.Text) is { Kind: SymbolKind.Unit } declaredUnit)
            used.Add(declaredUnit);
    }

    private static string DeclarationHint(NameRole role) => role switch
    {
        NameRole.Source => "source",
        NameRole.Speaker => "person",
        NameRole.Entity => "entity",
        _ => "metric",
    };

    private static void CheckLabel(ClaimSyntax claim, Dictionary<string, ClaimLabelSyntax> labels, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (claim.Label is not { } label || label.Identifier.IsMissing) return;
        string text = label.Identifier.Text;
        if (labels.TryAdd(text, label)) return;
        var first = new RelatedLocation(labels[text].Identifier.GetLocation(), $"'{text}' first labels this claim");
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateLabel, label.Identifier.GetLocation(), [first], text));
    }

    // A metric's `unit NAME` attribute uses a declared unit.
    private static void MarkMetricUnitUsed(DeclarationSyntax metric, SymbolTable symbols, HashSet<Symbol> used)
    {
        if (metric.AttributeBlock is null) return;
        foreach (AttributeSyntax attribute in metric.AttributeBlock.Attributes)
        {
            if (attribute.Name.Kind == SyntaxKind.UnitKeyword && attribute.Value.Kind == SyntaxKind.IdentifierToken
                && symbols.Lookup(attribute.Value.Text) is { Kind: SymbolKind.Unit } unit)
            {
                used.Add(unit);
            }
        }
    }

    private static void ReportUnused(SymbolTable symbols, HashSet<Symbol> used,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (Symbol symbol in symbols.Symbols)
        {
            if (symbol.IsBuiltIn || used.Contains(symbol)) continue;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnusedDeclaration, symbol.Location!, symbol.Kind.Keyword(), symbol.Name));
        }
    }
}
