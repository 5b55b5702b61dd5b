using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Binding;

/// <summary>
/// The one namespace of a project (docs/language.md, "Declarations"): every declared name of every file,
/// plus the built-ins. Files are merged in path order, so when a name is declared twice the
/// first declaration wins and the later one is CL1002, pointing at both.
/// </summary>
internal sealed class SymbolTable
{
    private readonly FrozenDictionary<string, Symbol> _byName;

    // Claims name symbols by tokens: looking them up by the token's characters saves a string
    // per name. The lookup gives the symbol's place in _ordered, so that a file's checks can
    // mark the symbols its claims use in an array rather than a set.
    private readonly ImmutableArray<Symbol> _ordered;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexBySpan;

    // Files are checked in parallel: the Lazy makes the first of them build an index and the others wait for it.
    private readonly ConcurrentDictionary<(SymbolKind First, SymbolKind? Second), Lazy<NameSuggestionIndex>> _suggestions = new();

    private SymbolTable(FrozenDictionary<string, Symbol> byName, ImmutableArray<Diagnostic> diagnostics,
        IReadOnlyList<(SourceDocument Document, OmittedDiagnostic Diagnostic)> omittedDiagnostics)
    {
        _byName = byName;
        _ordered = byName.Values;
        var indexByName = new Dictionary<string, int>(_ordered.Length, StringComparer.Ordinal);
        for (int i = 0; i < _ordered.Length; i++) indexByName.Add(_ordered[i].Name, i);
        _indexBySpan = indexByName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Diagnostics = diagnostics;
        OmittedDiagnostics = omittedDiagnostics;
    }

    /// <summary>CL1002 for every declaration of a name declared before it.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The duplicates of a file past <see cref="DiagnosticLimit.PerFileAndStage"/>: code and place only.</summary>
    internal IReadOnlyList<(SourceDocument Document, OmittedDiagnostic Diagnostic)> OmittedDiagnostics { get; }

    public IEnumerable<Symbol> Symbols => _byName.Values;

    public Symbol? Lookup(string name) => _byName.GetValueOrDefault(name);

    public Symbol? Lookup(ReadOnlySpan<char> name) => _indexBySpan.TryGetValue(name, out int index) ? _ordered[index] : null;

    /// <summary>How many symbols the table holds, built-ins included: the length of a <see cref="IndexOf"/>-indexed array.</summary>
    internal int Count => _ordered.Length;

    /// <summary>The place of a name's symbol in the table, from 0 to <see cref="Count"/> − 1; −1 when the name is not declared.</summary>
    internal int IndexOf(ReadOnlySpan<char> name) => _indexBySpan.TryGetValue(name, out int index) ? index : -1;

    internal Symbol this[int index] => _ordered[index];

    /// <summary>The declared names of the given kinds, for "did you mean" hints.</summary>
    public IEnumerable<string> NamesOfKind(SymbolKind first, SymbolKind? second = null) =>
        _byName.Values.Where(s => s.Kind == first || s.Kind == second).Select(s => s.Name);

    /// <summary>
    /// "Did you mean" among the names of the given kinds: one index per pair of kinds, built the
    /// first time a file misspells such a name and shared by every file of the compilation.
    /// </summary>
    internal NameSuggestionIndex SuggestionsFor(SymbolKind first, SymbolKind? second = null) =>
        _suggestions.GetOrAdd((first, second), kinds => new Lazy<NameSuggestionIndex>(() => new NameSuggestionIndex(NamesOfKind(kinds.First, kinds.Second)))).Value;

    public static SymbolTable Build(IEnumerable<TreeDeclarations> files)
    {
        var byName = new Dictionary<string, Symbol>(StringComparer.Ordinal)
        {
            [BuiltInSymbols.Transfer.Name] = BuiltInSymbols.Transfer,
        };
        // A name declared on every line of a file is a duplicate per line: past the limit of a
        // file, only code and place are kept, the first declaration's place shared by them all.
        var diagnostics = new ProjectDiagnosticBag();
        var firstDeclared = new Dictionary<Symbol, ImmutableArray<RelatedLocation>>(ReferenceEqualityComparer.Instance);
        foreach (TreeDeclarations file in files)
        {
            foreach (Symbol symbol in file.Symbols)
            {
                if (byName.TryAdd(symbol.Name, symbol)) continue;
                Symbol first = byName[symbol.Name];
                if (!firstDeclared.TryGetValue(first, out ImmutableArray<RelatedLocation> related))
                {
                    firstDeclared[first] = related = first.Location is { } location
                        ? [new RelatedLocation(location, $"'{first.Name}' is first declared here")]
                        : [];
                }
                if (!diagnostics.HasRoom(symbol.Location!.Document))
                {
                    diagnostics.Omit(DiagnosticDescriptors.DuplicateDeclaration, symbol.Location, related);
                    continue;
                }
                string already = first.IsBuiltIn ? $"the built-in {first.Kind.Keyword()}" : first.Kind.WithArticle();
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateDeclaration, symbol.Location, related, symbol.Name, already));
            }
        }
        return new SymbolTable(byName.ToFrozenDictionary(StringComparer.Ordinal), diagnostics.Kept, diagnostics.Omitted);
    }
}
