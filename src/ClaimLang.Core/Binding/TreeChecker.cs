using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ClaimLang.Binding.Meaning;
using ClaimLang.Binding.Units;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

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

    /// <param name="keepClaimChecks">Keep each claim's findings for the next check of the file (an editor's).</param>
    /// <param name="earlier">The check of the version this tree was edited from, whose claims' findings this check may take over.</param>
    public static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options,
        bool keepClaimChecks = false, EarlierFileCheck? earlier = null)
    {
        int members = tree.Root.Members.Length;
        int runs = members < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, members / (ParallelThreshold / 2));
        return Check(tree, symbols, units, options, runs, keepClaimChecks, earlier);
    }

    /// <summary>The check in <paramref name="runs"/> runs of members (tests compare any number of runs with one).</summary>
    internal static TreeCheckResult Check(SyntaxTree tree, SymbolTable symbols, UnitCatalog units, MeaningOptions options, int runs,
        bool keepClaimChecks = false, EarlierFileCheck? earlier = null)
    {
        HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(tree);
        ImmutableArray<MemberSyntax> members = tree.Root.Members;
        runs = Math.Min(runs, members.Length);
        // Runs fill their own members' entries: one array serves them all.
        ClaimCheck[]? kept = keepClaimChecks ? new ClaimCheck[members.Length] : null;
        if (runs < 2)
        {
            var whole = new Run(tree, symbols.Count, options, kept, earlier);
            whole.Check(members, 0, members.Length, broken, symbols, units);
            return whole.ToResult(symbols);
        }

        // Each run keeps its own findings; joined in member order, they are what one pass gives.
        var parts = new Run[runs];
        Parallel.For(0, runs, i =>
        {
            parts[i] = new Run(tree, symbols.Count, options, kept, earlier);
            parts[i].Check(members, members.Length * i / runs, members.Length * (i + 1) / runs, broken, symbols, units);
        });
        for (int i = 1; i < runs; i++) parts[0].Append(parts[i]);
        return parts[0].ToResult(symbols);
    }

    /// <summary>What checking a run of members found, in member order.</summary>
    private sealed class Run(SyntaxTree tree, int symbolCount, MeaningOptions options, ClaimCheck[]? kept, EarlierFileCheck? earlier)
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
        // A claim taken over is bound again only to mark the names it uses; what that reports is already in its kept findings.
        private readonly ImmutableArray<Diagnostic>.Builder _discarded = ImmutableArray.CreateBuilder<Diagnostic>();
        private int _reused;

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
                    case ClaimSyntax claim when earlier?.Find(i) is { } found:
                        TakeOver(claim, i, found.Check, found.Shift, symbols);
                        break;
                    case ClaimSyntax claim:
                        int before = diagnostics.Count;
                        ClaimSymbols names = NameBinder.BindClaim(claim, symbols, _used, diagnostics);
                        if (claim.Label is { Identifier.IsMissing: false } label) _labels.Add(label);
                        MetricInfo? metric = MeaningBinder.MetricOf(claim, names);
                        UnitInfo? unit = UnitChecks.CheckClaim(claim, metric, units, diagnostics);
                        ClaimMeaning? meaning = MeaningBinder.Check(claim, names, metric, unit, _measures, diagnostics);
                        // A claim with an error of its own takes no part in consistency checks.
                        bool ownError = HasError(diagnostics, before);
                        if (meaning is not null) (ownError ? _uncheckedMeanings : _meanings).Add(meaning);
                        Keep(claim, i, before, meaning, ownError);
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

        // A claim's findings, kept for the next check when all of them lie within the claim (so
        // that they move with it) and none points elsewhere.
        private void Keep(ClaimSyntax claim, int member, int firstDiagnostic, ClaimMeaning? meaning, bool ownError)
        {
            if (kept is null) return;
            if (firstDiagnostic == _diagnostics.Count)
            {
                kept[member] = new ClaimCheck([], meaning, ownError); // most claims: no builder to make
                return;
            }
            TextSpan span = claim.FullSpan;
            var found = ImmutableArray.CreateBuilder<Diagnostic>(_diagnostics.Count - firstDiagnostic);
            for (int d = firstDiagnostic; d < _diagnostics.Count; d++)
            {
                Diagnostic diagnostic = _diagnostics[d];
                if (!diagnostic.RelatedLocations.IsEmpty || diagnostic.Location.Span.Start < span.Start || diagnostic.Location.Span.End > span.End) return;
                found.Add(diagnostic);
            }
            kept[member] = new ClaimCheck(found.MoveToImmutable(), meaning, ownError);
        }

        // A claim the edit did not touch: its kept findings, moved to where it is now.
        private void TakeOver(ClaimSyntax claim, int member, ClaimCheck check, int shift, SymbolTable symbols)
        {
            NameBinder.BindClaim(claim, symbols, _used, _discarded);
            _discarded.Clear();
            if (claim.Label is { Identifier.IsMissing: false } label) _labels.Add(label);
            ImmutableArray<Diagnostic> found = check.Diagnostics.IsEmpty ? check.Diagnostics : Moved(check.Diagnostics, shift);
            _diagnostics.AddRange(found);
            ClaimMeaning? meaning = check.Meaning?.WithClaim(claim);
            if (meaning is not null) (check.HasOwnError ? _uncheckedMeanings : _meanings).Add(meaning);
            if (kept is not null) kept[member] = new ClaimCheck(found, meaning, check.HasOwnError);
            _reused++;
        }

        // A claim's diagnostics where it now stands, in this tree.
        private ImmutableArray<Diagnostic> Moved(ImmutableArray<Diagnostic> diagnostics, int shift)
        {
            var moved = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                TextSpan span = diagnostic.Location.Span;
                moved.Add(diagnostic.WithLocation(tree.GetLocation(new TextSpan(span.Start + shift, span.Length))));
            }
            return moved.MoveToImmutable();
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
            _reused += later._reused;
        }

        public TreeCheckResult ToResult(SymbolTable symbols) =>
            new(_diagnostics.ToImmutable(), UsedNames(_used, symbols), _labels.ToImmutable(), _meanings.ToImmutable(), _uncheckedMeanings.ToImmutable())
            {
                OmittedDiagnostics = [.. _omitted],
                // Past the limit a claim's findings may be split between kept and omitted ones: none is taken over.
                ClaimChecks = kept is null || _omitted.Count > 0 ? [] : [.. kept],
                ReusedClaims = _reused,
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
