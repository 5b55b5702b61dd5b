using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// The project's names as completion items: declared names of a kind (and the built-in metric),
/// units (built-in and declared), and the free values other declarations give an attribute.
/// </summary>
internal static class CompletionNames
{
    /// <summary>The names of one kind in alphabetical order; each with its kind and display name as detail, where it is declared as documentation.</summary>
    public static IEnumerable<CompletionItem> OfKind(SymbolTable symbols, SymbolKind kind) =>
        Alphabetical(symbols.Symbols.Where(s => s.Kind == kind), s => s.Name).Select(ItemOf);

    /// <summary>
    /// Every unit a claim may use: the declared ones, %, count, then the ISO 4217 currencies;
    /// those of <paramref name="preferred"/> kind (the claim's metric's) first.
    /// </summary>
    public static IEnumerable<CompletionItem> Units(ClaimCompilation compilation, UnitKind? preferred)
    {
        IEnumerable<UnitInfo> units = compilation.Units.DeclaredUnits
            .Concat(BuiltInUnits.All.Where(u => !u.IsCurrency))
            .Concat(BuiltInUnits.All.Where(u => u.IsCurrency));
        if (preferred is not null) units = units.OrderBy(u => u.Kind == preferred ? 0 : 1); // stable: the order above within each part
        return units.Select(unit => UnitItem(unit, compilation.Symbols));
    }

    /// <summary>The distinct plain values other declarations of a kind give an attribute (<c>kind country</c>), in alphabetical order.</summary>
    public static IEnumerable<CompletionItem> UsedValues(SymbolTable symbols, SymbolKind kind, string attribute) =>
        Alphabetical(symbols.Symbols
            .Where(s => s.Kind == kind && s.Declaration?.AttributeBlock is not null)
            .SelectMany(s => s.Declaration!.AttributeBlock!.Attributes)
            .Where(a => a.Name.Text == attribute && SyntaxFacts.IsWordValue(a.Value.Kind) && !a.Value.IsMissing)
            .Select(a => a.Value.Text)
            .Distinct(StringComparer.Ordinal), value => value)
            .Select(value => new CompletionItem(value, CompletionItemKind.Value, $"used by other {kind.Keyword()} declarations", null));

    // Ignoring case as a reader would (de_Mistura beside Heydemann), then ordinally, so that the order is the same everywhere.
    private static IOrderedEnumerable<T> Alphabetical<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(name, StringComparer.OrdinalIgnoreCase).ThenBy(name, StringComparer.Ordinal);

    public static CompletionItemKind KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Source => CompletionItemKind.Source,
        SymbolKind.Person => CompletionItemKind.Person,
        SymbolKind.Entity => CompletionItemKind.Entity,
        SymbolKind.Metric => CompletionItemKind.Metric,
        _ => CompletionItemKind.Unit,
    };

    private static CompletionItem ItemOf(Symbol symbol)
    {
        string kind = symbol.Kind.Keyword();
        string detail = symbol.IsBuiltIn ? $"{kind} (built-in)" : symbol.DisplayName is { } display ? $"{kind} \"{display}\"" : kind;
        return new CompletionItem(symbol.Name, KindOf(symbol.Kind), detail, WhereDeclared(symbol)
            ?? "Built in: the metric of a flow claim that names none (kind flow, min 0).");
    }

    // What a unit measures: a currency's name, percent or count, or a declared unit's kind.
    private static CompletionItem UnitItem(UnitInfo unit, SymbolTable symbols)
    {
        if (unit.Iso4217 is { } currency)
            return new CompletionItem(unit.Name, CompletionItemKind.Unit, $"currency: {currency.Name}", $"ISO 4217 {currency.Code} ({currency.NumericCodeText}).");
        if (unit.IsBuiltIn) return new CompletionItem(unit.Name, CompletionItemKind.Unit, unit.Kind.Name, "Built in.");
        Symbol? symbol = symbols.Lookup(unit.Name);
        string measures = unit.Kind.Name == unit.Name ? "a kind of its own" : unit.Kind.Name;
        string detail = symbol?.DisplayName is { } display ? $"{measures}: {display}" : measures;
        return new CompletionItem(unit.Name, CompletionItemKind.Unit, detail, symbol is null ? null : WhereDeclared(symbol));
    }

    private static string? WhereDeclared(Symbol symbol) =>
        symbol.Location is { } location ? $"Declared in {location.FilePath}:{location.Start.Line + 1}." : null;
}
