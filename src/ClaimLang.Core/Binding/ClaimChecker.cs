using System.Collections.Immutable;
using ClaimLang.Binding.Meaning;
using ClaimLang.Binding.Units;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// The checks of values, units and time, one claim at a time (CL2001–CL2004, CL3001–CL3003),
/// over every member without a syntax error; and CL2001 for the units metrics name.
/// </summary>
public static class ClaimChecker
{
    public static ImmutableArray<Diagnostic> Check(IReadOnlyList<SyntaxTree> trees, SymbolTable symbols, UnitCatalog units,
        MeaningOptions options)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (SyntaxTree tree in trees)
        {
            HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(tree);
            foreach (MemberSyntax member in tree.Root.Members)
            {
                if (broken.Contains(member)) continue;
                switch (member)
                {
                    case ClaimSyntax claim:
                        UnitChecks.CheckClaim(claim, MeaningBinder.MetricOf(claim, symbols), units, diagnostics);
                        MeaningBinder.Check(claim, symbols, options, diagnostics);
                        break;
                    case DeclarationSyntax { DeclarationKind: DeclarationKind.Metric } metric:
                        UnitChecks.CheckMetric(metric, units, diagnostics);
                        break;
                }
            }
        }
        return diagnostics.ToImmutable();
    }
}
