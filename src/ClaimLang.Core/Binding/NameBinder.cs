using System.Runtime.CompilerServices;
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
internal static class NameBinder
{
    /// <summary>CL1004 and CL1005, project-wide, from every file's checking results in path order.</summary>
    // Runs once, but its loops visit every claim's label and every file's used names: compiled
    // optimised on first call, as the per-claim methods are (see TreeChecker).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ProjectDiagnosticBag CheckProject(SymbolTable symbols, IEnumerable<TreeCheckResult> files)
    {
        var diagnostics = new ProjectDiagnosticBag();
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Labels are compared by their characters in the source, so no label becomes a string unless it is reported.
        var labels = new Dictionary<LabelText, ClaimLabelSyntax>();
        foreach (TreeCheckResult file in files)
        {
            foreach (string name in file.UsedNames) used.Add(name);
            foreach (ClaimLabelSyntax label in file.Labels) CheckLabel(label, labels, diagnostics);
        }
        foreach (Symbol symbol in symbols.Symbols)
        {
            if (symbol.IsBuiltIn || used.Contains(symbol.Name)) continue;
            Location location = symbol.Location!;
            if (diagnostics.HasRoom(location.Document)) diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnusedDeclaration, location, symbol.Kind.Keyword(), symbol.Name));
            else diagnostics.Omit(DiagnosticDescriptors.UnusedDeclaration, location);
        }
        return diagnostics;
    }

    /// <summary>The symbol a name in a claim refers to, if it is declared and of a fitting kind.</summary>
    public static Symbol? Resolve(SymbolTable symbols, SyntaxToken name, NameRole role) =>
        symbols.Lookup(name.AsSpan()) is { } symbol && role.Accepts(symbol.Kind) ? symbol : null;

    /// <summary>CL1001 and CL1003 for a claim's names; the names that resolve are added to <paramref name="used"/>.</summary>
    /// <remarks><paramref name="used"/> is indexed by <see cref="SymbolTable.IndexOf"/>.</remarks>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ClaimSymbols BindClaim(ClaimSyntax claim, SymbolTable symbols, bool[] used, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        // The names in source order, as NameRoles.NamesOf lists them, without an iterator per claim.
        Symbol? source = Bind(claim.Source, NameRole.Source, symbols, used, diagnostics);
        Symbol? attribution = source;
        foreach (QuotingClauseSyntax speaker in claim.Speakers) attribution = Bind(speaker.Speaker, NameRole.Speaker, symbols, used, diagnostics);
        Symbol? from = Bind(claim.SubjectFrom, NameRole.Entity, symbols, used, diagnostics);
        Symbol? to = claim.SubjectTo is { } toName ? Bind(toName, NameRole.Entity, symbols, used, diagnostics) : null;
        Symbol? metric = claim.Metric is { } metricName ? Bind(metricName, NameRole.Metric, symbols, used, diagnostics) : null;
        if (claim.UnitName is { IsMissing: false } unit && symbols.IndexOf(unit.AsSpan()) is >= 0 and var unitIndex
            && symbols[unitIndex].Kind == SymbolKind.Unit)
        {
            used[unitIndex] = true;
        }
        return new ClaimSymbols(source, attribution, from, to, metric);
    }

    /// <summary>The symbols of a claim's names, without checking them.</summary>
    internal static ClaimSymbols LookUp(ClaimSyntax claim, SymbolTable symbols)
    {
        Symbol? source = LookUp(claim.Source, symbols);
        Symbol? attribution = claim.Speakers.IsEmpty ? source : LookUp(claim.Speakers[^1].Speaker, symbols);
        Symbol? to = claim.SubjectTo is { } toName ? LookUp(toName, symbols) : null;
        Symbol? metric = claim.Metric is { } metricName ? LookUp(metricName, symbols) : null;
        return new ClaimSymbols(source, attribution, LookUp(claim.SubjectFrom, symbols), to, metric);
    }

    private static Symbol? LookUp(SyntaxToken name, SymbolTable symbols) => name.IsMissing ? null : symbols.Lookup(name.AsSpan());

    // The declared symbol of one name, whatever its kind; CL1001 when there is none, CL1003 when its kind does not fit.
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Symbol? Bind(SyntaxToken name, NameRole role, SymbolTable symbols, bool[] used, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (name.IsMissing) return null;
        int index = symbols.IndexOf(name.AsSpan());
        Symbol? symbol = index >= 0 ? symbols[index] : null;
        if (symbol is null)
        {
            string text = name.Text;
            var (first, second) = role.Kinds();
            string? closest = symbols.SuggestionsFor(first, second).Closest(text);
            string hint = closest is null
                ? $"; declare it, e.g. `{DeclarationHint(role)} {text}`"
                : $"; did you mean '{closest}'?";
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UndeclaredName, name.GetLocation(), text, hint));
        }
        else if (!role.Accepts(symbol.Kind))
        {
            string text = symbol.Name;
            var related = symbol.Location is { } location
                ? [new RelatedLocation(location, $"'{text}' is declared as {symbol.Kind.WithArticle()} here")]
                : Array.Empty<RelatedLocation>();
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongKindOfName, name.GetLocation(), related,
                text, symbol.Kind.WithArticle(), role.Required()));
        }
        else
        {
            used[index] = true;
        }
        return symbol;
    }

    private static string DeclarationHint(NameRole role) => role switch
    {
        NameRole.Source => "source",
        NameRole.Speaker => "person",
        NameRole.Entity => "entity",
        _ => "metric",
    };

    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckLabel(ClaimLabelSyntax label, Dictionary<LabelText, ClaimLabelSyntax> labels, ProjectDiagnosticBag diagnostics)
    {
        if (labels.TryAdd(new LabelText(label.Identifier), label)) return;
        string text = label.Identifier.Text;
        var first = new RelatedLocation(labels[new LabelText(label.Identifier)].Identifier.GetLocation(), $"'{text}' first labels this claim");
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateLabel, label.Identifier.GetLocation(), [first], text));
    }

    /// <summary>A metric's <c>unit NAME</c> attribute uses a declared unit.</summary>
    internal static void MarkMetricUnitUsed(DeclarationSyntax metric, SymbolTable symbols, bool[] used)
    {
        if (metric.AttributeBlock is null) return;
        foreach (AttributeSyntax attribute in metric.AttributeBlock.Attributes)
        {
            if (attribute.Name.Kind == SyntaxKind.UnitKeyword && attribute.Value.Kind == SyntaxKind.IdentifierToken
                && symbols.IndexOf(attribute.Value.AsSpan()) is >= 0 and var index && symbols[index].Kind == SymbolKind.Unit)
            {
                used[index] = true;
            }
        }
    }

}
