using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Binding.Units;
using ClaimLang.Consistency;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Compilation;

/// <summary>
/// All the files of a project as one compilation with one namespace (DEVELOPERS.md, Architecture).
/// Immutable: changing a file gives a new compilation that reuses every unchanged file's
/// syntax tree and declarations. The symbol table and diagnostics are computed once, on first
/// use, and are safe to ask for from several threads.
/// </summary>
public sealed class ClaimCompilation
{
    private readonly ImmutableDictionary<SyntaxTree, TreeDeclarations> _declarations;
    private readonly ImmutableDictionary<SyntaxTree, Lazy<TreeCheckResult>> _checks;
    private readonly Lazy<SymbolTable> _symbols;
    private readonly Lazy<(UnitCatalog Catalog, ImmutableArray<Diagnostic> Diagnostics)> _units;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<ImmutableArray<ConsistencyFinding>> _findings;
    private readonly Lazy<ImmutableArray<OmittedDiagnosticCount>> _omitted;
    private readonly Lazy<ProjectDiagnosticBag> _projectChecks;
    private readonly Lazy<Suppressions> _suppressions;

    // Shared along a line of compilations whose declarations read the same (ReplaceSyntaxTree of
    // an edited claim): the consistency check reuses the results of the groups an edit left as
    // they were. Across a change of declarations only its potentials go on (WithPotentialsOnly).
    // Only in an editor (CompilationOptions.Interactive): a one-off check would keep every
    // claim's text for a next check that never comes.
    private readonly GroupResultCache? _groupResults;

    private ClaimCompilation(ImmutableArray<SyntaxTree> trees, ImmutableDictionary<SyntaxTree, TreeDeclarations> declarations,
        CompilationOptions options, ImmutableDictionary<SyntaxTree, Lazy<TreeCheckResult>>? reusableChecks = null,
        GroupResultCache? groupResults = null, (SyntaxTree Tree, EarlierFileCheck Check)? edited = null)
    {
        SyntaxTrees = trees;
        Options = options;
        _groupResults = groupResults ?? (options.Interactive ? new GroupResultCache() : null);
        _declarations = declarations;
        var checks = ImmutableDictionary.CreateBuilder<SyntaxTree, Lazy<TreeCheckResult>>(ReferenceEqualityComparer.Instance);
        foreach (SyntaxTree tree in trees)
        {
            EarlierFileCheck? earlier = edited is { } e && ReferenceEquals(e.Tree, tree) ? e.Check : null;
            checks[tree] = reusableChecks?.GetValueOrDefault(tree)
                ?? new Lazy<TreeCheckResult>(() => TreeChecker.Check(tree, Symbols, Units, Options.Meaning, keepClaimChecks: Options.Interactive, earlier));
        }
        _checks = checks.ToImmutable();
        _symbols = new Lazy<SymbolTable>(() => SymbolTable.Build(SyntaxTrees.Select(t => _declarations[t])));
        _units = new Lazy<(UnitCatalog, ImmutableArray<Diagnostic>)>(() =>
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            return (UnitChecks.BuildCatalog(Symbols, diagnostics), diagnostics.ToImmutable());
        });
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
        _findings = new Lazy<ImmutableArray<ConsistencyFinding>>(ComputeFindings);
        _omitted = new Lazy<ImmutableArray<OmittedDiagnosticCount>>(ComputeOmitted);
        _projectChecks = new Lazy<ProjectDiagnosticBag>(() =>
        {
            RunFileChecks();
            return NameBinder.CheckProject(Symbols, SyntaxTrees.Select(GetFileChecks));
        });
        _suppressions = new Lazy<Suppressions>(() => Suppressions.Of(SyntaxTrees));
    }

    internal CompilationOptions Options { get; }

    /// <summary>The built-in units and the project's declared ones.</summary>
    internal UnitCatalog Units => _units.Value.Catalog;

    /// <summary>The files, ordered by path (ordinal), which is the order names are declared in.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    internal SymbolTable Symbols => _symbols.Value;

    private static readonly Comparison<SyntaxTree> ByPath = (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath);

    public static ClaimCompilation Create(IEnumerable<SyntaxTree> trees, CompilationOptions? options = null) =>
        new ClaimCompilation([], ImmutableDictionary.Create<SyntaxTree, TreeDeclarations>(ReferenceEqualityComparer.Instance),
            options ?? CompilationOptions.Default).AddSyntaxTrees([.. trees]);

    /// <summary>
    /// A compilation with <paramref name="oldTree"/> replaced. Every other file's tree and
    /// declarations are reused; so are their checking results when the new version of the file
    /// declares exactly what the old one did, at the same places (the usual edit of a claim).
    /// </summary>
    public ClaimCompilation ReplaceSyntaxTree(SyntaxTree oldTree, SyntaxTree newTree)
    {
        if (!_declarations.ContainsKey(oldTree)) throw new ArgumentException("The tree is not part of this compilation.", nameof(oldTree));
        if (_declarations.ContainsKey(newTree)) throw new ArgumentException("The tree is already part of this compilation.", nameof(newTree));
        var trees = SyntaxTrees.Remove(oldTree).Add(newTree).Sort(ByPath);
        TreeDeclarations newDeclarations = TreeDeclarations.Collect(newTree);
        var reusable = newTree.FilePath == oldTree.FilePath && _declarations[oldTree].ReadsTheSameAs(newDeclarations) ? _checks.Remove(oldTree) : null;
        // The edited file's claims the edit did not touch keep their findings too, when the old
        // version was checked (its result is held, not its unfinished check: a line of edits
        // that were never checked must not hold each version in turn).
        (SyntaxTree, EarlierFileCheck)? edited = reusable is not null && newTree.Edit is { } edit && edit.IsFrom(oldTree)
            && _checks[oldTree] is { IsValueCreated: true } old && !old.Value.ClaimChecks.IsEmpty
            ? (newTree, new EarlierFileCheck(edit, old.Value))
            : null;
        return new ClaimCompilation(trees, _declarations.Remove(oldTree).Add(newTree, newDeclarations), Options, reusable,
            reusable is null ? _groupResults?.WithPotentialsOnly() : _groupResults, edited);
    }

    /// <summary>The consistency results this compilation shares with those it was made from (for tests of reuse).</summary>
    internal GroupResultCache? GroupResults => _groupResults;

    /// <summary>Whether this compilation holds a file's checking results from an earlier compilation (for tests of reuse).</summary>
    internal bool SharesChecksWith(ClaimCompilation other, SyntaxTree tree) =>
        _checks.TryGetValue(tree, out var mine) && other._checks.TryGetValue(tree, out var theirs) && ReferenceEquals(mine, theirs);

    public ClaimCompilation AddSyntaxTrees(params SyntaxTree[] trees)
    {
        var declarations = _declarations.ToBuilder();
        foreach (SyntaxTree tree in trees)
        {
            if (declarations.ContainsKey(tree)) throw new ArgumentException("A syntax tree was given twice.", nameof(trees));
            declarations.Add(tree, TreeDeclarations.Collect(tree));
        }
        return new ClaimCompilation(SyntaxTrees.AddRange(trees).Sort(ByPath), declarations.ToImmutable(), Options);
    }

    public ClaimCompilation RemoveSyntaxTrees(params SyntaxTree[] trees)
    {
        var removed = trees.ToHashSet(ReferenceEqualityComparer.Instance);
        var kept = SyntaxTrees.Where(t => !removed.Contains(t)).ToImmutableArray();
        return new ClaimCompilation(kept, _declarations.RemoveRange(trees), Options);
    }

    /// <summary>The declarations one file contributes (reused across compilations while the file is unchanged).</summary>
    internal TreeDeclarations GetDeclarations(SyntaxTree tree) => _declarations[tree];

    /// <summary>
    /// Every diagnostic of the project (syntax, names, values, units, time, consistency) with the
    /// severities the options configure, without the codes they switch off; suppressed ones are
    /// kept and marked. Ordered by file, position and code.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>
    /// As <see cref="GetDiagnostics()"/>, but gives up between files when <paramref name="cancellationToken"/>
    /// is cancelled (an editor's newer edit makes the answer stale). The files checked before
    /// that keep their results for the next compilation to reuse.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before the diagnostics were complete.</exception>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        if (_diagnostics.IsValueCreated) return _diagnostics.Value;
        RunFileChecks(cancellationToken);
        return _diagnostics.Value;
    }

    /// <summary>
    /// The diagnostics each file has past <see cref="DiagnosticLimit.PerFileAndStage"/> in a stage, which
    /// <see cref="GetDiagnostics()"/> leaves out: counted by file, code, the severity in force and
    /// suppression, as they would be if they were listed (codes switched off are not counted).
    /// Ordered by file, code, severity and suppression.
    /// </summary>
    public ImmutableArray<OmittedDiagnosticCount> GetOmittedDiagnostics()
    {
        RunFileChecks();
        return _omitted.Value;
    }

    /// <summary>
    /// Every consistency finding of the project (docs/language.md, "Meaning") as data, at its configured
    /// severity and marked when a comment suppresses it; codes switched off are left out. Ordered
    /// by the file and place of the claim each is reported at, then by code, the places of their other claims, and id. The diagnostics CL4001–CL4003 and the dataset's findings are both
    /// made from these.
    /// </summary>
    internal ImmutableArray<ConsistencyFinding> GetFindings() => _findings.Value;

    public SemanticModel GetSemanticModel(SyntaxTree tree) =>
        _declarations.ContainsKey(tree) ? new SemanticModel(this, tree) : throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));

    /// <summary>Every place that names <paramref name="symbol"/>: its declaration, then its uses in claims, in file order.</summary>
    internal IEnumerable<SyntaxToken> FindReferences(Symbol symbol)
    {
        if (symbol.Declaration is { } declaration) yield return declaration.Identifier;
        foreach (SyntaxTree tree in SyntaxTrees)
        {
            foreach (ClaimSyntax claim in tree.Root.Claims)
            {
                foreach (var (name, role) in NameRoles.NamesOf(claim))
                {
                    if (name.AsSpan().SequenceEqual(symbol.Name) && ReferenceEquals(NameBinder.Resolve(Symbols, name, role), symbol))
                        yield return name;
                }
            }
        }
    }

    /// <summary>
    /// Runs every file's checks that have not run yet, on all cores: they only read the symbol
    /// table and their own tree. (Each file's result is also computed on its own when first asked for.)
    /// </summary>
    internal void RunFileChecks(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = Symbols;
        _ = Units;
        Parallel.ForEach(SyntaxTrees, new ParallelOptions { CancellationToken = cancellationToken }, tree => _ = GetFileChecks(tree));
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>One file's checking results, computed on first ask (the benchmarks time the stages apart).</summary>
    internal TreeCheckResult GetFileChecks(SyntaxTree tree) => _checks[tree].Value;

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        RunFileChecks();
        var all = new List<Diagnostic>();
        foreach (SyntaxTree tree in SyntaxTrees) all.AddRange(tree.Diagnostics);
        all.AddRange(Symbols.Diagnostics);
        all.AddRange(_units.Value.Diagnostics);
        foreach (SyntaxTree tree in SyntaxTrees) all.AddRange(GetFileChecks(tree).Diagnostics);
        all.AddRange(_projectChecks.Value.Kept);
        _suppressions.Value.Apply(all);
        foreach (var (finding, listed) in FindingsListed()) if (listed) all.Add(finding.ToDiagnostic());
        all.Sort(DiagnosticOrder.Instance);
        return Options.Severities.Apply(all);
    }

    private ImmutableArray<OmittedDiagnosticCount> ComputeOmitted()
    {
        var counts = new Dictionary<(SourceDocument File, string Code, DiagnosticSeverity Severity, bool Suppressed), int>();
        Suppressions suppressions = _suppressions.Value;
        foreach (var (finding, listed) in FindingsListed())
        {
            if (listed) continue;
            var key = (finding.Primary.Claim.Tree.Document, finding.Code, finding.Severity, finding.IsSuppressed);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var all = SyntaxTrees.SelectMany(tree => tree.OmittedDiagnostics.Concat(GetFileChecks(tree).OmittedDiagnostics).Select(o => (tree.Document, o)))
            .Concat(Symbols.OmittedDiagnostics).Concat(_projectChecks.Value.Omitted);
        foreach (var (document, omitted) in all)
        {
            if (Options.Severities.SeverityOf(omitted.Descriptor) is not { } severity) continue;
            string code = omitted.Descriptor.Id;
            bool suppressed = !suppressions.IsEmpty && suppressions.Covering(document.Path, omitted.Start, omitted.Related, code) is not null;
            var key = (document, code, severity, suppressed);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return [.. counts.OrderBy(c => c.Key.File.Path, StringComparer.Ordinal).ThenBy(c => c.Key.Code, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Severity).ThenBy(c => c.Key.Suppressed)
            .Select(c => new OmittedDiagnosticCount(c.Key.File, c.Key.Code, c.Key.Severity, c.Key.Suppressed, c.Value))];
    }

    // The consistency check is a stage too: the first findings of each file (in their order,
    // which is by file and place) become diagnostics, the rest are only counted. A group of
    // many wrong figures has a finding for nearly every claim, each with a message and related
    // locations; the dataset still lists every finding.
    private IEnumerable<(ConsistencyFinding Finding, bool Listed)> FindingsListed()
    {
        SourceDocument? file = null;
        int inFile = 0;
        foreach (ConsistencyFinding finding in GetFindings())
        {
            SourceDocument document = finding.Primary.Claim.Tree.Document;
            if (!document.Equals(file)) (file, inFile) = (document, 0);
            yield return (finding, ++inFile <= DiagnosticLimit.PerFileAndStage);
        }
    }

    private ImmutableArray<ConsistencyFinding> ComputeFindings()
    {
        RunFileChecks();
        ImmutableArray<ConsistencyFinding> found = ConsistencyChecker.Check(SyntaxTrees.SelectMany(t => GetFileChecks(t).Meanings), Symbols,
            Options.ConsistencySearchWork, _groupResults);
        Suppressions suppressions = _suppressions.Value;
        var findings = ImmutableArray.CreateBuilder<ConsistencyFinding>(found.Length);
        foreach (ConsistencyFinding finding in found)
        {
            if (Options.Severities.SeverityOf(finding.Descriptor) is not { } severity) continue;
            ConsistencyFinding configured = finding.WithSeverity(severity);
            // The claim it is reported at first, then the others, as a diagnostic's location and
            // then its related locations are looked at.
            SuppressionComment? comment = suppressions.IsEmpty ? null
                : configured.Claims.Reverse().Select(c => suppressions.Covering(ClaimLocation.Of(c.Claim), finding.Code)).FirstOrDefault(c => c is not null);
            findings.Add(comment is null ? configured : configured.WithSuppression(comment.Reason));
        }
        // In the order diagnostics and dataset rows come in: by the file and place of the claim
        // each is reported at, then by code. The keys are read once: a group of many wrong
        // figures has tens of thousands of findings, and a sort compares each many times.
        var keys = new (string File, int Start, int Index)[findings.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = (findings[i].Primary.Claim.Tree.FilePath, ClaimLocation.Start(findings[i].Primary.Claim), i);
        ImmutableArray<ConsistencyFinding> unordered = findings.ToImmutable();
        Array.Sort(keys, (a, b) =>
        {
            int order = string.CompareOrdinal(a.File, b.File);
            if (order == 0) order = a.Start.CompareTo(b.Start);
            if (order != 0) return order;
            ConsistencyFinding x = unordered[a.Index], y = unordered[b.Index];
            order = string.CompareOrdinal(x.Code, y.Code);
            if (order == 0) order = CompareOtherClaims(x, y);
            return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        });
        var ordered = ImmutableArray.CreateBuilder<ConsistencyFinding>(keys.Length);
        foreach (var key in keys) ordered.Add(unordered[key.Index]);
        return ordered.MoveToImmutable();
    }

    // Findings at one claim with one code come in the order of their other claims' places: the
    // same order every run, without wording a message (words are worked out only for the
    // findings that are listed, and a claim in a group of many wrong figures has many).
    private static int CompareOtherClaims(ConsistencyFinding x, ConsistencyFinding y)
    {
        int count = Math.Min(x.Claims.Length, y.Claims.Length);
        for (int i = 0; i < count; i++)
        {
            ClaimSyntax a = x.Claims[i].Claim, b = y.Claims[i].Claim;
            if (ReferenceEquals(a, b)) continue;
            int order = string.CompareOrdinal(a.Tree.FilePath, b.Tree.FilePath);
            if (order == 0) order = ClaimLocation.Start(a).CompareTo(ClaimLocation.Start(b));
            if (order != 0) return order;
        }
        return x.Claims.Length.CompareTo(y.Claims.Length);
    }
}
