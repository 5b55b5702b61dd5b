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
internal static class TreeChecker
{
    /// <summary>
    /// Below this many members a file is checked on one thread; above it, in contiguous runs of
    /// members on all cores. Files are already checked in parallel with each other, so this
    /// matters for one large file: the language server re-checks the file being edited, often
    /// a single file of thousands of claims (docs/performance.md).
    /// </summary>
    internal const int ParallelThreshold = 4096;

    public static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options)
    {
        int members = tree.Root.Members.Length;
        int runs = members < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, members / (ParallelThreshold / 2));
        return Check(tree, symbols, units, options, runs);
    }

    /// <summary>The check in <paramref name="runs"/> runs of members (tests compare any number of runs with one).</summary>
    internal static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options, int runs)
    {
        HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(tree);
        ImmutableArray<MemberSyntax> members = tree.Root.Members;
        runs = Math.Min(runs, members.Length);
        if (runs < 2)
        {
            var whole = new Run(symbols.Count, options);
            whole.Check(members, 0, members.Length, broken, symbols, units);
            return whole.ToResult(symbols);
        }

        // Each run keeps its own findings; joined in member order, they are what one pass gives.
        var parts = new Run[runs];
        Parallel.For(0, runs, i =>
        {
            parts[i] = new Run(symbols.Count, options);
            parts[i].Check(members, members.Length * i / runs, members.Length * (i + 1) / runs, broken, symbols, units);
        });
        for (int i = 1; i < runs; i++) parts[0].Append(parts[i]);
        return parts[0].ToResult(symbols);
    }

    /// <summary>What checking a run of members found, in member order.</summary>
    private sealed class Run(int symbolCount, MeaningOptions options)
    {
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        private readonly List<OmittedDiagnostic> _omitted = [];
        // Which symbols the file uses, by their place in the table: marking an array is cheaper
        // than adding a name to a set for every name of every claim.
        private readonly bool[] _used = new bool[symbolCount];
        private readonly ImmutableArray<ClaimLabelSyntax>.Builder _labels = ImmutableArray.CreateBuilder<ClaimLabelSyntax>();
        private readonly ImmutableArray<ClaimMeaning>.Builder _meanings = ImmutableArray.CreateBuilder<ClaimMeaning>();
        private readonly ImmutableArray<ClaimMeaning>.Builder _uncheckedMeanings = ImmutableArray.CreateBuilder<ClaimMeaning>();
        private readonly ClaimMeasures _measures = new(options);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Check(ImmutableArray<MemberSyntax> members, int from, int to, HashSet<MemberSyntax> broken, SymbolTable symbols, UnitCatalog units)
        {
            var diagnostics = _diagnostics;
            for (int i = from; i < to; i++)
            {
                MemberSyntax member = members[i];
                if (broken.Contains(member))
                {
                    // Its syntax error is all it reports; the names it does write are still used,
                    // so their declarations are not reported unused (CL1004) because of it.
                    if (member is ClaimSyntax brokenClaim) NameBinder.BindClaim(brokenClaim, symbols, _used, ImmutableArray.CreateBuilder<Diagnostic>());
                    continue;
                }
                switch (member)
                {
                    case ClaimSyntax claim:
                        int before = diagnostics.Count;
                        ClaimSymbols names = NameBinder.BindClaim(claim, symbols, _used, diagnostics);
                        if (claim.Label is { Identifier.IsMissing: false } label) _labels.Add(label);
                        MetricInfo? metric = MeaningBinder.MetricOf(claim, names);
                        UnitInfo? unit = UnitChecks.CheckClaim(claim, metric, units, diagnostics);
                        ClaimMeaning? meaning = MeaningBinder.Check(claim, names, metric, unit, _measures, diagnostics);
                        // A claim with an error of its own takes no part in consistency checks.
                        if (meaning is not null) (HasError(diagnostics, before) ? _uncheckedMeanings : _meanings).Add(meaning);
                        break;
                    case DeclarationSyntax declaration:
                        AttributeChecker.Check(declaration, diagnostics);
                        if (declaration.DeclarationKind == DeclarationKind.Metric)
                        {
                            NameBinder.MarkMetricUnitUsed(declaration, symbols, _used);
                            UnitChecks.CheckMetric(declaration, units, diagnostics);
                        }
                        break;
                }
                // A claim's own errors are read above (HasError) before any of them is set aside.
                if (diagnostics.Count > DiagnosticLimit.PerFileAndStage) SpillPastLimit();
            }
        }

        // Keeps the first diagnostics whole, the rest as code and place (DiagnosticLimit).
        private void SpillPastLimit()
        {
            for (int i = DiagnosticLimit.PerFileAndStage; i < _diagnostics.Count; i++) _omitted.Add(OmittedDiagnostic.Of(_diagnostics[i]));
            _diagnostics.Count = DiagnosticLimit.PerFileAndStage;
        }

        /// <summary>Adds a later run's findings after this run's.</summary>
        public void Append(Run later)
        {
            _diagnostics.AddRange(later._diagnostics);
            _omitted.AddRange(later._omitted);
            if (_diagnostics.Count > DiagnosticLimit.PerFileAndStage) SpillPastLimit();
            _labels.AddRange(later._labels);
            _meanings.AddRange(later._meanings);
            _uncheckedMeanings.AddRange(later._uncheckedMeanings);
            for (int i = 0; i < _used.Length; i++) _used[i] |= later._used[i];
        }

        public TreeCheckResult ToResult(SymbolTable symbols) =>
            new(_diagnostics.ToImmutable(), UsedNames(_used, symbols), _labels.ToImmutable(), _meanings.ToImmutable(), _uncheckedMeanings.ToImmutable())
            {
                OmittedDiagnostics = [.. _omitted],
            };
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
