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
public static class TreeChecker
{
    public static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        // The names are the symbols' own strings, so the set holds no copies.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var labels = ImmutableArray.CreateBuilder<ClaimLabelSyntax>();
        var meanings = ImmutableArray.CreateBuilder<ClaimMeaning>();
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
                    ClaimMeaning? meaning = MeaningBinder.Check(claim, names, metric, unit, options, diagnostics);
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
        return new TreeCheckResult(diagnostics.ToImmutable(), used, labels.ToImmutable(), meanings.ToImmutable());
    }

    private static bool HasError(ImmutableArray<Diagnostic>.Builder diagnostics, int from)
    {
        for (int i = from; i < diagnostics.Count; i++)
            if (diagnostics[i].Severity == DiagnosticSeverity.Error) return true;
        return false;
    }
}
