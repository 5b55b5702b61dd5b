using System.Runtime.CompilerServices;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// How many claims of a project use each declared name: the claims whose names resolve to it
/// (as find-references counts them), whose unit it is, or, for the built-in <c>transfer</c>,
/// the flows that name no metric. Counted for all names in one pass over the project's claims,
/// once per compilation, on the first hover that asks; claims are read through their token
/// slots, so no claim's parts are made.
/// </summary>
internal static class HoverUsage
{
    private static readonly ConditionalWeakTable<ClaimCompilation, Dictionary<Symbol, int>> Counts = new();

    public static int ClaimsUsing(ClaimCompilation compilation, Symbol symbol) =>
        Counts.GetValue(compilation, Count).GetValueOrDefault(symbol);

    private static Dictionary<Symbol, int> Count(ClaimCompilation compilation)
    {
        var counts = new Dictionary<Symbol, int>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<Symbol>(ReferenceEqualityComparer.Instance); // a claim that names a symbol twice uses it once
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (ClaimSyntax claim in tree.Root.Claims)
            {
                used.Clear();
                // The names find references finds, so that the count and the list agree.
                foreach (NavigationName name in NavigationNames.In(claim)) Use(NavigationNames.Resolve(name, compilation));
                if (claim.Metric is null && claim.IsFlow) Use(BuiltInSymbols.Transfer);
                foreach (Symbol symbol in used) counts[symbol] = counts.GetValueOrDefault(symbol) + 1;
            }
        }
        return counts;

        void Use(Symbol? symbol)
        {
            if (symbol is not null) used.Add(symbol);
        }
    }
}
