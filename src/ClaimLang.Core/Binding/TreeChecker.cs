using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ClaimLang.Binding.Meaning;
using ClaimLang.Binding.Units;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// Checks one file against the project's declarations: names (CL1001, CL1003), attributes
/// (CL1006), units (CL2001, CL2002), values and time (CL2003, CL2004, CL3001–CL3003).
/// Members with a syntax error are left out: whatever they would report repeats it.
/// </summary>
/// <remarks>
/// A check is a short-lived process, and the per-claim code here and in the binders it calls
/// runs a hundred thousand times in its first few hundred milliseconds: long before tiered
/// compilation would optimise it. The hottest methods are therefore marked
/// <see cref="MethodImplOptions.AggressiveOptimization"/>, compiled optimised on first call.
/// </remarks>
public static class TreeChecker
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        // Which symbols the file uses, by their place in the table: marking an array is cheaper
        // than adding a name to a set for every name of every claim.
        var used = new bool[symbols.Count];
        var labels = ImmutableArray.CreateBuilder<ClaimLabelSyntax>();
        var meanings = ImmutableArray.CreateBuilder<ClaimMeaning>();
        var measures = new ClaimMeasures(options);
        HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(tree);
        foreach (MemberSyntax member in tree.Root.Members)
        {
            if (broken.Contains(member)) continue;
            switch (member)
            {
                case ClaimSyntax claim:
                    int before = diagnostics.Count;
                    ClaimSymbols names = NameBinder.BindClaim(claim, symbols, used, diagnostics);
                    if (claim.Label is { Identifier.IsMissing: false } label) labels.Add(label);
                    MetricInfo? metric = MeaningBinder.MetricOf(claim, names);
                    UnitInfo? unit = UnitChecks.CheckClaim(claim, metric, units, diagnostics);
                    ClaimMeaning? meaning = MeaningBinder.Check(claim, names, metric, unit, measures, diagnostics);
                    // A claim with an error of its own takes no part in consistency checks.
                    if (meaning is not null && !HasError(diagnostics, before)) meanings.Add(meaning);
                    break;
                case DeclarationSyntax declaration:
                    AttributeChecker.Check(declaration, diagnostics);
                    if (declaration.DeclarationKind == DeclarationKind.Metric)
                    {
                        NameBinder.MarkMetricUnitUsed(declaration, symbols, used);
                        UnitChecks.CheckMetric(declaration, units, diagnostics);
                    }
                    break;
            }
        }
        return new TreeCheckResult(diagnostics.ToImmutable(), UsedNames(used, symbols), labels.ToImmutable(), meanings.ToImmutable());
    }

    // The symbols' own strings, so the set holds no copies.
    private static HashSet<string> UsedNames(bool[] used, SymbolTable symbols)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < used.Length; i++)
            if (used[i]) names.Add(symbols[i].Name);
        return names;
    }

    private static bool HasError(ImmutableArray<Diagnostic>.Builder diagnostics, int from)
    {
        for (int i = from; i < diagnostics.Count; i++)
            if (diagnostics[i].Severity == DiagnosticSeverity.Error) return true;
        return false;
    }
}
