using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ClaimLang.Binding.Units;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// Units: every unit a claim or a metric names must be built in (an ISO 4217 currency, %,
/// count) or declared (CL2001, with the closest known name); a claim's unit must be of the
/// same kind as its metric's unit — any currency for a currency metric (CL2002).
/// </summary>
internal static class UnitChecks
{
    /// <summary>The project's units; declaring a built-in unit again is CL1002.</summary>
    public static UnitCatalog BuildCatalog(SymbolTable symbols, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var declared = new List<(DeclaredUnit Unit, Symbol Symbol)>();
        foreach (Symbol symbol in symbols.Symbols.Where(s => s.Kind == SymbolKind.Unit).OrderBy(s => s.Location?.FilePath, StringComparer.Ordinal)
                     .ThenBy(s => s.Location?.Span.Start))
        {
            declared.Add((new DeclaredUnit(symbol.Name, KindAttribute(symbol)), symbol));
        }
        UnitCatalogBuildResult result = UnitCatalog.Build(declared.Select(d => d.Unit));
        foreach (UnitConflict conflict in result.Conflicts.Where(c => c.RedefinesBuiltIn))
        {
            Symbol symbol = declared.First(d => ReferenceEquals(d.Unit, conflict.Declared)).Symbol;
            string what = conflict.Existing.IsCurrency ? "a built-in unit (an ISO 4217 currency)" : "a built-in unit";
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateDeclaration, symbol.Location!, symbol.Name, what));
        }
        return result.Catalog;
    }

    /// <summary>CL2001 for a metric's unknown unit.</summary>
    public static void CheckMetric(DeclarationSyntax metric, UnitCatalog units, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (AttributeSyntax attribute in metric.AttributeBlock?.Attributes ?? [])
        {
            if (attribute.Name.Kind == SyntaxKind.UnitKeyword && attribute.Value.Kind is SyntaxKind.IdentifierToken or SyntaxKind.PercentToken)
            {
                CheckKnown(attribute.Value, units, diagnostics);
                return;
            }
        }
    }

    /// <summary>CL2001 for the claim's unit, CL2002 when it does not fit the metric's; the claim's unit when it is known.</summary>
    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UnitInfo? CheckClaim(ClaimSyntax claim, MetricInfo? metric, UnitCatalog units, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        SyntaxToken unit = claim.UnitName;
        if (unit.IsMissing) return null;
        if (!units.TryGet(unit.AsSpan(), out UnitInfo? given))
        {
            ReportUnknown(unit, units, diagnostics);
            return null;
        }
        if (metric?.Unit is not { } metricUnit || !units.TryGet(metricUnit, out UnitInfo? expected) || UnitCatalog.AreCompatible(expected, given))
            return given;
        string fits = expected.IsCurrency ? "any currency" : $"a unit of kind {expected.Kind.Name}, such as {expected.Name}";
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnitDoesNotFitMetric, unit.GetLocation(),
            $"'{unit.Text}' does not fit {metric.Name}, which is measured in {metricUnit}: use {fits}"));
        return given;
    }

    private static bool CheckKnown(SyntaxToken unit, UnitCatalog units, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (units.TryGet(unit.AsSpan(), out _)) return true;
        ReportUnknown(unit, units, diagnostics);
        return false;
    }

    private static void ReportUnknown(SyntaxToken unit, UnitCatalog units, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        string hint = units.SuggestClosest(unit.Text) is { } closest
            ? $"; did you mean '{closest}'?"
            : $": use an ISO 4217 currency code (USD, EUR, ...), % or count, or declare it, e.g. `unit {unit.Text} {{ kind count }}`";
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownUnit, unit.GetLocation(), unit.Text, hint));
    }

    private static string? KindAttribute(Symbol unit)
    {
        foreach (AttributeSyntax attribute in unit.Declaration?.AttributeBlock?.Attributes ?? [])
            if (!attribute.Name.IsMissing && attribute.Name.Text == "kind" && !attribute.Value.IsMissing)
                return attribute.Value.Kind == SyntaxKind.StringToken ? StringLiteral.Value(attribute.Value.Text) : attribute.Value.Text;
        return null;
    }
}
