using System.Collections.Immutable;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// Project-wide symbol search (docs/language.md, "Editors", workspace symbols): the declarations and
/// labelled claims of every file whose name matches a query (<see cref="WorkspaceSymbolsMatching"/>),
/// best matches first: exact, then prefix, then the rest; ties by name (ordinal), then file
/// path and position, so the answer is the same on every run.
/// </summary>
public static class WorkspaceSymbols
{
    /// <summary>How many matches a search gives unless told otherwise: more than a symbol list shows, few enough to send at every keystroke.</summary>
    internal const int DefaultLimit = 200;

    /// <summary>Up to <paramref name="limit"/> matches of <paramref name="query"/>; an empty query matches everything.</summary>
    public static ImmutableArray<WorkspaceSymbolItem> Find(ClaimCompilation compilation, string query, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0) return [];
        // The best `limit` so far, the worst of them on top: a project of 100,000 labelled claims
        // matches an empty query 100,000 times, and only the names shown become strings.
        var best = new PriorityQueue<Candidate, Candidate>(Math.Min(limit, DefaultLimit), Comparer<Candidate>.Create((a, b) => Compare(b, a)));
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (MemberSyntax member in tree.Root.Members)
            {
                var (name, kind) = member switch
                {
                    DeclarationSyntax declaration => (DocumentSymbols.NameOf(declaration), DocumentSymbols.KindOf(declaration.DeclarationKind)),
                    ClaimSyntax claim => (DocumentSymbols.LabelOf(claim), EditorSymbolKind.Claim),
                    _ => (null, EditorSymbolKind.Claim),
                };
                if (name is not { } token) continue;
                WorkspaceSymbolsMatch match = WorkspaceSymbolsMatching.Of(token.AsSpan(), query);
                if (match == WorkspaceSymbolsMatch.None) continue;
                var candidate = new Candidate(match, token, kind);
                if (best.Count < limit) best.Enqueue(candidate, candidate);
                else if (Compare(candidate, best.Peek()) < 0) best.DequeueEnqueue(candidate, candidate);
            }
        }
        Candidate[] found = [.. best.UnorderedItems.Select(item => item.Element)];
        Array.Sort(found, Compare);
        return [.. found.Select(c => new WorkspaceSymbolItem(c.Name.Text, c.Kind, c.Name.GetLocation(), c.Name.Tree.FilePath))];
    }

    private static int Compare(Candidate a, Candidate b)
    {
        int order = a.Match.CompareTo(b.Match);
        if (order == 0) order = a.Name.AsSpan().SequenceCompareTo(b.Name.AsSpan()); // ordinal, as string.CompareOrdinal
        if (order == 0) order = string.CompareOrdinal(a.Name.Tree.FilePath, b.Name.Tree.FilePath);
        return order != 0 ? order : a.Name.Span.Start.CompareTo(b.Name.Span.Start);
    }

    private readonly record struct Candidate(WorkspaceSymbolsMatch Match, SyntaxToken Name, EditorSymbolKind Kind);
}
